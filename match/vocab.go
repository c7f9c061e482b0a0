package match

import "unicode/utf8"

// vocab interns lower-cased tokens: an open-addressing hash table keyed by
// FNV-1a, with a one-bit-per-hash filter in front so that most unknown
// tokens are rejected without touching the table.
type vocab struct {
	slots  []slot // power-of-two size, at most half full
	n      int
	filter []uint64 // bit h&filterMask set when some key hashes to h
}

type slot struct {
	h  uint32
	id int32 // id+1; 0 marks an empty slot
	s  string
}

const filterBits = 1 << 21

func newVocab(n int) *vocab {
	size := 64
	for size < 2*n {
		size <<= 1
	}
	return &vocab{slots: make([]slot, size), filter: make([]uint64, filterBits/64)}
}

const (
	fnvOffset = 2166136261
	fnvPrime  = 16777619
)

func hashString(s string) uint32 {
	h := uint32(fnvOffset)
	for i := 0; i < len(s); i++ {
		h = (h ^ uint32(s[i])) * fnvPrime
	}
	return h
}

// lowerHash lower-cases an ASCII token into buf and hashes it in one pass.
// ok is false for non-ASCII tokens and tokens longer than buf.
func lowerHash(tok string, buf []byte) (b []byte, h uint32, ok bool) {
	if len(tok) > cap(buf) {
		return nil, 0, false
	}
	b = buf[:len(tok)]
	h = fnvOffset
	for i := 0; i < len(tok); i++ {
		c := tok[i]
		if c >= utf8.RuneSelf {
			return nil, 0, false
		}
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		b[i] = c
		h = (h ^ uint32(c)) * fnvPrime
	}
	return b, h, true
}

// mayHave reports whether some key could hash to h.
func (v *vocab) mayHave(h uint32) bool {
	x := h & (filterBits - 1)
	return v.filter[x>>6]&(1<<(x&63)) != 0
}

// getBytes looks up the lower-cased key b with hash h.
func (v *vocab) getBytes(b []byte, h uint32) (int32, bool) {
	if !v.mayHave(h) {
		return 0, false
	}
	mask := uint32(len(v.slots) - 1)
	for i := h & mask; ; i = (i + 1) & mask {
		sl := &v.slots[i]
		if sl.id == 0 {
			return 0, false
		}
		if sl.h == h && sl.s == string(b) {
			return sl.id - 1, true
		}
	}
}

// get looks up the lower-cased key s.
func (v *vocab) get(s string) (int32, bool) {
	h := hashString(s)
	if !v.mayHave(h) {
		return 0, false
	}
	mask := uint32(len(v.slots) - 1)
	for i := h & mask; ; i = (i + 1) & mask {
		sl := &v.slots[i]
		if sl.id == 0 {
			return 0, false
		}
		if sl.h == h && sl.s == s {
			return sl.id - 1, true
		}
	}
}

// put adds key s with id (s must not be present).
func (v *vocab) put(s string, id int32) {
	if 2*(v.n+1) > len(v.slots) {
		old := v.slots
		v.slots = make([]slot, 2*len(old))
		v.n = 0
		for _, sl := range old {
			if sl.id != 0 {
				v.insert(sl)
			}
		}
	}
	v.insert(slot{h: hashString(s), id: id + 1, s: s})
}

func (v *vocab) insert(sl slot) {
	x := sl.h & (filterBits - 1)
	v.filter[x>>6] |= 1 << (x & 63)
	mask := uint32(len(v.slots) - 1)
	for i := sl.h & mask; ; i = (i + 1) & mask {
		if v.slots[i].id == 0 {
			v.slots[i] = sl
			v.n++
			return
		}
	}
}
