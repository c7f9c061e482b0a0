// Package flat holds a read-only hash table from uint64 keys to uint64
// values laid out in one array: a key and its value share a cache line, and
// a look-up is a multiply, a shift and, mostly, one or two probes, where a
// Go map hashes the key again and walks its groups. The tagger's and the
// parser's word tables (keys that are already hashes of the words) are
// built once from maps and then only read, by many goroutines at once.
package flat

import "math/bits"

// Map is a read-only open-addressed table (linear probing, at most half
// full). The zero Map is empty.
type Map struct {
	// slots holds key, value pairs; key 0 marks an empty slot (a zero key
	// is kept in zero, hasZero).
	slots   []uint64
	shift   uint // 64 - log2(number of slots)
	n       int
	hasZero bool
	zero    uint64
}

// New returns a Map with the entries of m.
func New(m map[uint64]uint64) Map {
	var f Map
	f.n = len(m)
	size := 8
	for size < 2*len(m) {
		size *= 2
	}
	f.shift = uint(64 - bits.TrailingZeros(uint(size)))
	f.slots = make([]uint64, 2*size)
	mask := uint64(size - 1)
	for k, v := range m {
		if k == 0 {
			f.hasZero, f.zero = true, v
			continue
		}
		for i := f.home(k); ; i = (i + 1) & mask {
			if f.slots[2*i] == 0 {
				f.slots[2*i], f.slots[2*i+1] = k, v
				break
			}
		}
	}
	return f
}

// home is the first slot probed for k (Fibonacci hashing: the top bits of
// k times 2⁶⁴/φ, so that keys differing only in high or low bits spread).
func (f *Map) home(k uint64) uint64 {
	return (k * 0x9e3779b97f4a7c15) >> f.shift
}

// Get returns the value of k and whether k is in the table.
func (f *Map) Get(k uint64) (uint64, bool) {
	if k == 0 {
		return f.zero, f.hasZero
	}
	if len(f.slots) == 0 {
		return 0, false
	}
	mask := uint64(len(f.slots)/2 - 1)
	for i := f.home(k); ; i = (i + 1) & mask {
		s := f.slots[2*i : 2*i+2 : 2*i+2]
		if s[0] == k {
			return s[1], true
		}
		if s[0] == 0 {
			return 0, false
		}
	}
}

// Len returns the number of entries.
func (f *Map) Len() int { return f.n }
