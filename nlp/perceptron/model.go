package perceptron

import (
	"bufio"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"math"
	"runtime"
	"unsafe"
)

// heapBytes returns n zeroed, 8-byte aligned bytes from the Go heap.
func heapBytes(n int) []byte {
	w := make([]uint64, (n+7)/8+1)
	return unsafe.Slice((*byte)(unsafe.Pointer(&w[0])), n)
}

// slot is one cell of the open-addressed feature table: the high 32 bits
// of the feature key (the low bits chose the cell), and the feature's
// entries in Model.packed as offset<<8 | count, or, with count 0, its
// row number in Model.dense. fp 0 marks an empty cell.
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

// Dense rows: a feature with at least denseMin weights keeps a weight
// for every class, as uint16 weight+bias, four classes to a uint64.
// Adding such a row takes a few operations per four classes instead of a
// few per weight, and for rows of more than half the classes it is also
// smaller. The sums are exact: the result equals the sparse sum. With
// the AVX2 kernel (addDenseAVX2) a dense row costs about as many
// instructions as a sparse one of six weights, and rows from
// denseMinSIMD weights on are dense: on the shipped model, against 32,
// 7 % fewer instructions to tag and parse EWT test, 12 % more simulated
// misses of a 2 MB cache, +2.4 MB of memory, and less CPU time (see
// docs/nlp.md).
const (
	denseMin     = 32
	denseMinSIMD = 16
	maxBlocks    = 64 // 256 classes / 4
	bias         = 1 << 15
	laneMask     = 0x0000FFFF0000FFFF
)

// smallClasses is the largest class count stored inline.
const smallClasses = 3

type smallSlot struct {
	fp uint32
	w  [smallClasses]int16
}

// Model is a frozen averaged perceptron: for each feature key, a short list
// of (class, weight) pairs with weights quantised to int16. Scores are
// integers, so prediction is exact and deterministic. A Model is read-only
// and safe for concurrent use. Use it by pointer only: on Linux its tables
// may live outside the Go heap, released when the Model is collected.
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
	// dense holds the rows of the features with at least denseMin
	// weights, blocks words each; a slot with count 0 points to one.
	dense  []uint64
	blocks int
	// simd adds the dense rows with addDenseAVX2 (AVX2, at most
	// simdLanes classes).
	simd bool
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
	} else {
		m.score(feats, (*[256]int32)(scores[:256]))
	}
	// The tables may live in an arena that m's cleanup unmaps: m must
	// stay reachable until the last table read, even when the caller's
	// reference was the last one.
	runtime.KeepAlive(m)
}

// score adds the weights of feats to acc, indexed by a byte: no bounds
// checks in the adding loop. Callers that give scores a capacity of 256
// (the tagger and parser do) save the copies.
func (m *Model) score(feats []uint64, acc *[256]int32) {
	// First look every feature up, then add: the table reads are
	// independent of each other, so the processor overlaps their cache
	// misses. Dense rows add four classes at a time into two 32-bit
	// lanes per word (see denseMin); nd counts them for the bias
	// correction.
	if m.simd {
		m.scoreSIMD(feats, acc)
		return
	}
	var found [256]uint32
	var lanes [2][maxBlocks]uint64
	nd := 0
	for start := 0; start < len(feats); start += len(found) {
		end := min(len(feats), start+len(found))
		ns, d := m.lookup(feats[start:end], &found)
		addSparse(acc, m.packed, found[:ns])
		addDense(&lanes, m.dense, m.blocks, found[d:])
		nd += len(found) - d
	}
	if nd == 0 {
		return
	}
	// Each lane summed weight+bias over nd rows; a lane's carry into the
	// one above is undone by reading the low lane as a signed number
	// first.
	corr := uint64(nd) * (bias | bias<<32)
	for k := range m.blocks {
		c := uint8(4 * k)
		a, b := lanes[0][k]-corr, lanes[1][k]-corr
		la, lb := int32(uint32(a)), int32(uint32(b))
		acc[c] += la
		acc[c+1] += lb
		acc[c+2] += int32((a - uint64(int64(la))) >> 32)
		acc[c+3] += int32((b - uint64(int64(lb))) >> 32)
	}
}

// scoreSIMD is score with the dense rows added by addDenseAVX2.
func (m *Model) scoreSIMD(feats []uint64, acc *[256]int32) {
	var found [256]uint32
	for start := 0; start < len(feats); start += len(found) {
		end := min(len(feats), start+len(found))
		ns, d := m.lookup(feats[start:end], &found)
		addSparse(acc, m.packed, found[:ns])
		addDenseAVX2(acc, unsafe.SliceData(m.dense), m.blocks, found[d:])
	}
}

// lookup finds the rows of feats (at most 256) in the table. It writes
// the sparse rows, as offset<<8 | count, to found[:ns], and the dense
// rows, as row numbers, to found[d:].
func (m *Model) lookup(feats []uint64, found *[256]uint32) (ns, d int) {
	mask, shift := m.mask, m.shift
	// The cells are read without bounds checks: i&mask < len(m.slots)
	// (index makes the table mask+1 cells long), and so are the rows'
	// first words, at offsets index wrote.
	slots := unsafe.Pointer(unsafe.SliceData(m.slots))
	packed := unsafe.Pointer(unsafe.SliceData(m.packed))
	dense := unsafe.Pointer(unsafe.SliceData(m.dense))
	rowBytes := uintptr(m.blocks) * 8
	cell := func(i uint64) slot {
		return *(*slot)(unsafe.Add(slots, (i&mask)*uint64(unsafe.Sizeof(slot{}))))
	}
	var touch uint32
	// First read every feature's home cell, without branching on what is
	// there, so that the cells' cache misses overlap instead of waiting
	// on one another behind the probe loop's mispredicted branches.
	for _, f := range feats {
		touch += cell(f >> shift).fp
	}
	d = len(found)
	for _, f := range feats {
		fp := uint32(f >> keyShift)
		if fp == 0 {
			fp = 1
		}
		i := f >> shift
		for {
			s := cell(i)
			if s.fp == fp {
				// Read the row's first word now, so that the loads
				// of all the rows are under way before the adding
				// loops need them (a prefetch).
				if s.offn&maxCount != 0 {
					found[uint8(ns)] = s.offn
					ns++
					touch += *(*uint32)(unsafe.Add(packed, uintptr(s.offn>>8)*4))
				} else {
					d--
					found[uint8(d)] = s.offn >> 8
					touch += *(*uint32)(unsafe.Add(dense, uintptr(s.offn>>8)*rowBytes))
				}
				break
			}
			if s.fp == 0 {
				break
			}
			i++
		}
	}
	if touch == 1<<32-1 {
		// Keeps touch alive; changes nothing.
		found[0] |= 0
	}
	return ns, d
}

// addSparse adds the sparse rows to acc. It and addDense are functions
// of their own, not inlined, so that their loops keep every value in a
// register (a third fewer instructions than inside the caller).
//
//go:noinline
func addSparse(acc *[256]int32, packed []uint32, rows []uint32) {
	for _, offn := range rows {
		off := offn >> 8
		for _, e := range packed[off : off+offn&maxCount] {
			acc[uint8(e>>16)] += int32(int16(e))
		}
	}
}

// addDense adds the dense rows: lanes[0] gathers classes 4k and 4k+2 of
// block k, lanes[1] classes 4k+1 and 4k+3, each in a 32-bit lane.
//
//go:noinline
func addDense(lanes *[2][maxBlocks]uint64, dense []uint64, nb int, rows []uint32) {
	for _, r := range rows {
		row := dense[int(r)*nb : int(r)*nb+nb]
		lo, hi := lanes[0][:len(row)], lanes[1][:len(row)]
		for k, x := range row {
			lo[k] += x & laneMask
			hi[k] += (x &^ laneMask) >> 16
		}
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
	return bestTwo(scores)
}

// bestTwo returns the best class (the first of ties) and its lead over
// the second best (math.MaxInt32 with fewer than two classes).
func bestTwo(scores []int32) (int, int32) {
	if len(scores) < 2 {
		return 0, math.MaxInt32
	}
	// The best and second scores stay in registers.
	best, second := 0, -1
	top, next := scores[0], int32(0)
	for c, v := range scores[1:] {
		switch {
		case v > top:
			best, second, top, next = c+1, best, v, top
		case second < 0 || v > next:
			second, next = c+1, v
		}
	}
	return best, top - next
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

// index builds the open-addressed table from keys and counts: small
// models inline, rows of at least denseMin weights dense, the others
// packed. The tables of large models sit in one arena (see arena).
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
	m.blocks = (m.classes + 3) / 4
	simd := m.blocks <= simdLanes/4 && haveAVX2()
	minDense := uint32(denseMin)
	if simd {
		minDense = denseMinSIMD
	}
	if m.blocks > maxBlocks {
		minDense = math.MaxUint32
	}
	total, rows := 0, 0
	for _, n := range m.counts {
		if n >= minDense {
			rows++
		} else {
			total += int(min(n, maxCount))
		}
	}
	if total >= maxEntries || rows >= maxEntries {
		panic("perceptron: model too large (more than 2^24 weights)")
	}
	slotBytes := size * int(unsafe.Sizeof(slot{}))
	denseBytes := rows * m.blocks * 8
	// addDenseAVX2 reads rows of an odd number of blocks 8 bytes past
	// their end: 16 bytes more then.
	pad := 0
	if m.blocks%2 == 1 {
		pad = 16
	}
	mem := arena(m, slotBytes+denseBytes+4*total+pad)
	base := unsafe.Pointer(&mem[0])
	m.slots = unsafe.Slice((*slot)(base), size)
	m.dense = unsafe.Slice((*uint64)(unsafe.Add(base, slotBytes)), rows*m.blocks)
	m.packed = unsafe.Slice((*uint32)(unsafe.Add(base, slotBytes+denseBytes)), total)[:0]
	m.simd = simd && rows > 0
	row := make([]uint16, 4*m.blocks)
	off, r := uint32(0), 0
	for i, k := range m.keys {
		n := m.counts[i]
		cls, ws := m.class[off:off+n], m.weight[off:off+n]
		off += n
		fp := uint32(k >> keyShift)
		if fp == 0 {
			fp = 1
		}
		j := k >> m.shift
		for m.slots[j].fp != 0 {
			j = (j + 1) & m.mask
		}
		if n >= minDense {
			for c := range row {
				row[c] = bias
			}
			for x, c := range cls {
				row[c] = uint16(int32(ws[x]) + bias)
			}
			for b := range m.blocks {
				m.dense[r*m.blocks+b] = uint64(row[4*b]) | uint64(row[4*b+1])<<16 | uint64(row[4*b+2])<<32 | uint64(row[4*b+3])<<48
			}
			m.slots[j] = slot{fp: fp, offn: uint32(r) << 8}
			r++
			continue
		}
		n = min(n, maxCount) // only with more than 255 classes
		m.slots[j] = slot{fp: fp, offn: uint32(len(m.packed))<<8 | n}
		for x := range n {
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
	if _, err := readUvarints(r, m.keys); err != nil {
		return nil, fmt.Errorf("perceptron: reading keys: %w", err)
	}
	prev := uint64(0)
	for i, d := range m.keys {
		prev += d
		m.keys[i] = prev << keyShift
	}
	total, err := readUvarints(r, m.counts)
	if err != nil {
		return nil, fmt.Errorf("perceptron: reading counts: %w", err)
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

// readUvarints reads len(out) unsigned varints into out and returns their
// sum (of the values before any conversion to T). It decodes them from
// r's buffer in place, not a byte at a time: the varints of the parser's
// and the tagger's models took a sixth of the instructions of a model
// load byte by byte.
func readUvarints[T uint32 | uint64](r *bufio.Reader, out []T) (sum uint64, err error) {
	for i := 0; i < len(out); {
		buf, perr := r.Peek(r.Size())
		pos := 0
		for i < len(out) {
			v, n := binary.Uvarint(buf[pos:])
			if n < 0 {
				return sum, errors.New("varint overflows 64 bits")
			}
			if n == 0 {
				break // the buffer ends inside this varint
			}
			out[i] = T(v)
			sum += v
			i++
			pos += n
		}
		if pos == 0 {
			// Not one whole varint in a full buffer: the stream ended.
			switch {
			case perr == io.EOF && len(buf) > 0:
				return sum, io.ErrUnexpectedEOF
			case perr != nil:
				return sum, perr
			}
			return sum, errors.New("varint overflows 64 bits")
		}
		if _, err := r.Discard(pos); err != nil {
			return sum, err
		}
	}
	return sum, nil
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
