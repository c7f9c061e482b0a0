package perceptron

import (
	"bufio"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"math"
)

// slot is one cell of the open-addressed feature table: the high 32 bits
// of the feature key (the low bits chose the cell), and the feature's
// entries in Model.packed as offset<<8 | count. fp 0 marks an empty cell.
type slot struct {
	fp   uint32
	offn uint32
}

const (
	maxEntries = 1 << 24
	maxCount   = 255
)

// keyShift drops the low bits of feature keys: a model knows its
// features by their top 64-keyShift bits, which keeps the stored keys
// short. The cell index comes from the top bits (so that sorted keys fill
// the table in order) and the fingerprint from the low 32 of those bits.
const keyShift = 24

// smallClasses is the largest class count stored inline.
const smallClasses = 3

type smallSlot struct {
	fp uint32
	w  [smallClasses]int16
}

// Model is a frozen averaged perceptron: for each feature key, a short list
// of (class, weight) pairs with weights quantised to int16. Scores are
// integers, so prediction is exact and deterministic. A Model is read-only
// and safe for concurrent use.
type Model struct {
	classes int
	mask    uint64
	shift   uint // 64 - log2(table size)
	slots   []slot
	class   []uint16
	weight  []int16
	// packed holds class<<16 | uint16(weight) for each entry: one array
	// for the hot path.
	packed []uint32
	// small replaces slots and packed for models of at most smallClasses
	// classes: the weights sit in the cell itself, one memory access per
	// feature.
	small []smallSlot
	// scale converts a quantised weight back to the averaged value.
	scale float32
	// keys and counts keep the insertion order for serialisation.
	keys   []uint64
	counts []uint32
}

// Classes returns the number of classes.
func (m *Model) Classes() int { return m.classes }

// Features returns the number of features with at least one weight.
func (m *Model) Features() int { return len(m.keys) }

// Entries returns the number of stored (feature, class) weights.
func (m *Model) Entries() int { return len(m.weight) }

// Score adds the weights of feats to scores, whose length is Classes().
func (m *Model) Score(feats []uint64, scores []int32) {
	if m.small != nil {
		m.scoreSmall(feats, scores)
		return
	}
	if cap(scores) < 256 {
		var local [256]int32
		copy(local[:], scores)
		m.score(feats, &local)
		copy(scores, local[:])
		return
	}
	m.score(feats, (*[256]int32)(scores[:256]))
}

// score adds the weights of feats to acc, indexed by a byte: no bounds
// checks in the adding loop. Callers that give scores a capacity of 256
// (the tagger and parser do) save the copies.
func (m *Model) score(feats []uint64, acc *[256]int32) {
	// First look every feature up, then add: the table reads are
	// independent of each other, so the processor overlaps their cache
	// misses.
	var found [256]uint32
	packed := m.packed
	var touch uint32
	for start := 0; start < len(feats); start += len(found) {
		end := min(len(feats), start+len(found))
		nf := 0
		for _, f := range feats[start:end] {
			fp := uint32(f >> keyShift)
			if fp == 0 {
				fp = 1
			}
			i := f >> m.shift
			for {
				s := m.slots[i]
				if s.fp == fp {
					found[nf] = s.offn
					nf++
					// Read the row's first entry now, so that the
					// loads of all the rows are under way before
					// the adding loop needs them (a prefetch).
					touch += packed[s.offn>>8]
					break
				}
				if s.fp == 0 {
					break
				}
				i = (i + 1) & m.mask
			}
		}
		for _, offn := range found[:nf] {
			off, n := offn>>8, offn&maxCount
			for _, e := range packed[off : off+n] {
				acc[uint8(e>>16)] += int32(int16(e))
			}
		}
	}
	if touch == 1<<32-1 {
		// Keeps touch alive; adds nothing.
		acc[0] += 0
	}
}

func (m *Model) scoreSmall(feats []uint64, scores []int32) {
	var acc [smallClasses]int32
	for _, f := range feats {
		fp := uint32(f >> keyShift)
		if fp == 0 {
			fp = 1
		}
		i := f >> m.shift
		for {
			s := &m.small[i]
			if s.fp == fp {
				for c := range acc {
					acc[c] += int32(s.w[c])
				}
				break
			}
			if s.fp == 0 {
				break
			}
			i = (i + 1) & m.mask
		}
	}
	for c := range scores {
		scores[c] += acc[c]
	}
}

// Predict returns the best class among those for which ok(class) is true
// (all classes when ok is nil), with ties going to the lower class, and
// leaves the scores in scores.
func (m *Model) Predict(feats []uint64, scores []int32, ok func(int) bool) int {
	clear(scores)
	m.Score(feats, scores)
	best, bestScore := -1, int32(math.MinInt32)
	for c, s := range scores {
		if (best < 0 || s > bestScore) && (ok == nil || ok(c)) {
			best, bestScore = c, s
		}
	}
	return best
}

// PredictMargin returns the best class and its lead over the second best.
func (m *Model) PredictMargin(feats []uint64, scores []int32) (int, int32) {
	clear(scores)
	m.Score(feats, scores)
	best, second := 0, -1
	for c := 1; c < len(scores); c++ {
		switch {
		case scores[c] > scores[best]:
			best, second = c, best
		case second < 0 || scores[c] > scores[second]:
			second = c
		}
	}
	if second < 0 {
		return best, math.MaxInt32
	}
	return best, scores[best] - scores[second]
}

// MaxWeight returns the largest absolute quantised weight.
func (m *Model) MaxWeight() int32 {
	var top int16
	for _, w := range m.weight {
		top = max(top, w, -w)
	}
	return int32(top)
}

// builder accumulates sorted features into a Model.
type builder struct {
	classes int
	keys    []uint64
	counts  []uint32
	class   []uint16
	values  []float32
}

func newBuilder(classes, n int) *builder {
	return &builder{classes: classes, keys: make([]uint64, 0, n), counts: make([]uint32, 0, n)}
}

func (b *builder) add(key uint64, cls []uint16, ws []float32) {
	b.keys = append(b.keys, key)
	b.counts = append(b.counts, uint32(len(cls)))
	b.class = append(b.class, cls...)
	b.values = append(b.values, ws...)
}

func (b *builder) build() *Model {
	var maxAbs float32
	for _, v := range b.values {
		maxAbs = max(maxAbs, float32(math.Abs(float64(v))))
	}
	scale := float32(1)
	if maxAbs > 0 {
		scale = maxAbs / 32000
	}
	m := &Model{classes: b.classes, scale: scale, keys: b.keys, counts: b.counts}
	// Quantise, dropping weights that round to zero.
	m.class = make([]uint16, 0, len(b.class))
	m.weight = make([]int16, 0, len(b.values))
	keys, counts := m.keys[:0], m.counts[:0]
	off := 0
	for i, k := range b.keys {
		n := int(b.counts[i])
		kept := 0
		for j := off; j < off+n; j++ {
			q := int16(math.Round(float64(b.values[j] / scale)))
			if q != 0 {
				m.class = append(m.class, b.class[j])
				m.weight = append(m.weight, q)
				kept++
			}
		}
		off += n
		if kept > 0 {
			keys = append(keys, k)
			counts = append(counts, uint32(kept))
		}
	}
	m.keys, m.counts = keys, counts
	m.index()
	return m
}

// index builds the open-addressed table from keys and counts. Features
// with more than 255 entries keep their 255 largest weights.
func (m *Model) index() {
	size, bits := 1, uint(0)
	for size < len(m.keys)+len(m.keys)/2+2 {
		size <<= 1
		bits++
	}
	m.shift = 64 - bits
	m.mask = uint64(size - 1)
	if m.classes <= smallClasses {
		m.small = make([]smallSlot, size)
		off := uint32(0)
		for i, k := range m.keys {
			n := m.counts[i]
			fp := uint32(k >> keyShift)
			if fp == 0 {
				fp = 1
			}
			j := k >> m.shift
			for m.small[j].fp != 0 {
				j = (j + 1) & m.mask
			}
			m.small[j].fp = fp
			for x := off; x < off+n; x++ {
				m.small[j].w[m.class[x]] = m.weight[x]
			}
			off += n
		}
		return
	}
	m.slots = make([]slot, size)
	m.packed = make([]uint32, 0, len(m.class))
	off := uint32(0)
	for i, k := range m.keys {
		n := m.counts[i]
		cls, ws := m.class[off:off+n], m.weight[off:off+n]
		off += n
		if n > maxCount {
			n = maxCount // cannot happen with ≤ 255 classes
		}
		fp := uint32(k >> keyShift)
		if fp == 0 {
			fp = 1
		}
		j := k >> m.shift
		for m.slots[j].fp != 0 {
			j = (j + 1) & m.mask
		}
		if len(m.packed)+int(n) >= maxEntries {
			panic("perceptron: model too large (more than 2^24 weights)")
		}
		m.slots[j] = slot{fp: fp, offn: uint32(len(m.packed))<<8 | n}
		for x := uint32(0); x < n; x++ {
			m.packed = append(m.packed, uint32(cls[x])<<16|uint32(uint16(ws[x])))
		}
	}
}

const magic = "PPCM4\n"

// WriteTo writes the model in a compact little-endian binary form.
func (m *Model) WriteTo(w io.Writer) (int64, error) {
	bw := bufio.NewWriter(w)
	cw := &countWriter{w: bw}
	if _, err := io.WriteString(cw, magic); err != nil {
		return cw.n, err
	}
	hdr := []uint64{uint64(m.classes), uint64(math.Float32bits(m.scale)), uint64(len(m.keys)), uint64(len(m.weight))}
	buf := make([]byte, 8)
	for _, v := range hdr {
		binary.LittleEndian.PutUint64(buf, v)
		cw.Write(buf)
	}
	// Keys are sorted: store the deltas of their significant bits.
	prev := uint64(0)
	vb := make([]byte, binary.MaxVarintLen64)
	for _, k := range m.keys {
		k >>= keyShift
		cw.Write(vb[:binary.PutUvarint(vb, k-prev)])
		prev = k
	}
	for _, c := range m.counts {
		cw.Write(vb[:binary.PutUvarint(vb, uint64(c))])
	}
	// Classes take one byte each (at most 255 classes).
	cb := make([]byte, len(m.class))
	for i, c := range m.class {
		cb[i] = byte(c)
	}
	cw.Write(cb)
	b2 := make([]byte, 2)
	for _, v := range m.weight {
		binary.LittleEndian.PutUint16(b2, uint16(v))
		cw.Write(b2)
	}
	if cw.err != nil {
		return cw.n, cw.err
	}
	return cw.n, bw.Flush()
}

type countWriter struct {
	w   io.Writer
	n   int64
	err error
}

func (c *countWriter) Write(p []byte) (int, error) {
	if c.err != nil {
		return 0, c.err
	}
	n, err := c.w.Write(p)
	c.n += int64(n)
	c.err = err
	return n, err
}

// ReadModel reads a model written by WriteTo.
func ReadModel(r *bufio.Reader) (*Model, error) {
	rd := r
	head := make([]byte, len(magic)+32)
	if _, err := io.ReadFull(rd, head); err != nil {
		return nil, fmt.Errorf("perceptron: reading header: %w", err)
	}
	if string(head[:len(magic)]) != magic {
		return nil, errors.New("perceptron: not a model (bad magic)")
	}
	h := head[len(magic):]
	classes := int(binary.LittleEndian.Uint64(h[0:]))
	scale := math.Float32frombits(uint32(binary.LittleEndian.Uint64(h[8:])))
	nk := binary.LittleEndian.Uint64(h[16:])
	nw := binary.LittleEndian.Uint64(h[24:])
	if classes <= 0 || classes > maxCount || nk > 1<<28 || nw >= maxEntries {
		return nil, errors.New("perceptron: corrupt header")
	}
	m := &Model{classes: classes, scale: scale, keys: make([]uint64, nk), counts: make([]uint32, nk)}
	prev := uint64(0)
	for i := range m.keys {
		d, err := readUvarint(r)
		if err != nil {
			return nil, fmt.Errorf("perceptron: reading keys: %w", err)
		}
		prev += d
		m.keys[i] = prev << keyShift
	}
	total := uint64(0)
	for i := range m.counts {
		c, err := readUvarint(r)
		if err != nil {
			return nil, fmt.Errorf("perceptron: reading counts: %w", err)
		}
		m.counts[i] = uint32(c)
		total += c
	}
	if total != nw {
		return nil, errors.New("perceptron: corrupt counts")
	}
	raw := make([]byte, 2*nw)
	if _, err := io.ReadFull(rd, raw[:nw]); err != nil {
		return nil, fmt.Errorf("perceptron: reading classes: %w", err)
	}
	m.class = make([]uint16, nw)
	for i := range m.class {
		m.class[i] = uint16(raw[i])
		if int(m.class[i]) >= classes {
			return nil, errors.New("perceptron: corrupt class")
		}
	}
	if _, err := io.ReadFull(rd, raw); err != nil {
		return nil, fmt.Errorf("perceptron: reading weights: %w", err)
	}
	m.weight = make([]int16, nw)
	for i := range m.weight {
		m.weight[i] = int16(binary.LittleEndian.Uint16(raw[2*i:]))
	}
	m.index()
	return m, nil
}

// readUvarint is binary.ReadUvarint without the interface calls.
func readUvarint(r *bufio.Reader) (uint64, error) {
	var x uint64
	var s uint
	for i := 0; i < binary.MaxVarintLen64; i++ {
		b, err := r.ReadByte()
		if err != nil {
			if i > 0 && err == io.EOF {
				err = io.ErrUnexpectedEOF
			}
			return x, err
		}
		if b < 0x80 {
			if i == binary.MaxVarintLen64-1 && b > 1 {
				return x, errors.New("varint overflows 64 bits")
			}
			return x | uint64(b)<<s, nil
		}
		x |= uint64(b&0x7f) << s
		s += 7
	}
	return x, errors.New("varint overflows 64 bits")
}

// Prune returns a copy of m without the features whose largest absolute
// weight is below frac times the model's largest weight, and without the
// single weights below entryFrac times it.
func (m *Model) Prune(frac, entryFrac float64) *Model {
	var top int16
	for _, w := range m.weight {
		top = max(top, w, -w)
	}
	minAbs := int16(frac * float64(top))
	minEntry := int16(entryFrac * float64(top))
	out := &Model{classes: m.classes, scale: m.scale}
	off := uint32(0)
	for i, k := range m.keys {
		n := m.counts[i]
		ws := m.weight[off : off+n]
		cls := m.class[off : off+n]
		off += n
		var t int16
		for _, w := range ws {
			t = max(t, w, -w)
		}
		if t < minAbs {
			continue
		}
		kept := uint32(0)
		for j, w := range ws {
			if w >= minEntry || w <= -minEntry {
				out.class = append(out.class, cls[j])
				out.weight = append(out.weight, w)
				kept++
			}
		}
		if kept > 0 {
			out.keys = append(out.keys, k)
			out.counts = append(out.counts, kept)
		}
	}
	out.index()
	return out
}
