// Package bin is a tiny sticky-error binary codec for model files.
package bin

import (
	"bufio"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"sort"
)

// Writer writes values; the first error sticks and is returned by Err.
type Writer struct {
	w   *bufio.Writer
	buf [binary.MaxVarintLen64]byte
	err error
}

// NewWriter returns a Writer on w. Call Flush at the end.
func NewWriter(w io.Writer) *Writer { return &Writer{w: bufio.NewWriter(w)} }

// Raw gives access to the underlying buffered writer.
func (w *Writer) Raw() io.Writer { return w }

// Write implements io.Writer.
func (w *Writer) Write(p []byte) (int, error) {
	if w.err != nil {
		return 0, w.err
	}
	n, err := w.w.Write(p)
	w.err = err
	return n, err
}

// Uvarint writes v.
func (w *Writer) Uvarint(v uint64) { w.Write(w.buf[:binary.PutUvarint(w.buf[:], v)]) }

// Varint writes v.
func (w *Writer) Varint(v int64) { w.Write(w.buf[:binary.PutVarint(w.buf[:], v)]) }

// String writes s with its length.
func (w *Writer) String(s string) {
	w.Uvarint(uint64(len(s)))
	w.Write([]byte(s))
}

// Strings writes a string slice.
func (w *Writer) Strings(ss []string) {
	w.Uvarint(uint64(len(ss)))
	for _, s := range ss {
		w.String(s)
	}
}

// Map64 writes a map from uint64 to uint64 as sorted delta-coded pairs.
func (w *Writer) Map64(m map[uint64]uint64) {
	keys := make([]uint64, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool { return keys[i] < keys[j] })
	w.Uvarint(uint64(len(keys)))
	prev := uint64(0)
	for _, k := range keys {
		w.Uvarint(k - prev)
		w.Uvarint(m[k])
		prev = k
	}
}

// StringMap writes a map from string to string in key order.
func (w *Writer) StringMap(m map[string]string) {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	w.Uvarint(uint64(len(keys)))
	for _, k := range keys {
		w.String(k)
		w.String(m[k])
	}
}

// Flush flushes and returns the first error.
func (w *Writer) Flush() error {
	if w.err != nil {
		return w.err
	}
	return w.w.Flush()
}

// Err returns the first error.
func (w *Writer) Err() error { return w.err }

// Reader reads values written by Writer; the first error sticks.
type Reader struct {
	r   *bufio.Reader
	err error
}

// NewReader returns a Reader on r.
func NewReader(r io.Reader) *Reader {
	if br, ok := r.(*bufio.Reader); ok {
		return &Reader{r: br}
	}
	return &Reader{r: bufio.NewReaderSize(r, 1<<16)}
}

// Buffered returns the underlying buffered reader, for nested decoders.
func (r *Reader) Buffered() *bufio.Reader { return r.r }

// Fail records err if no error is recorded yet.
func (r *Reader) Fail(err error) {
	if r.err == nil {
		r.err = err
	}
}

// Err returns the first error.
func (r *Reader) Err() error { return r.err }

// Uvarint reads a uvarint.
func (r *Reader) Uvarint() uint64 {
	if r.err != nil {
		return 0
	}
	v, err := binary.ReadUvarint(r.r)
	if err != nil {
		r.err = fmt.Errorf("reading: %w", err)
	}
	return v
}

// Varint reads a varint.
func (r *Reader) Varint() int64 {
	if r.err != nil {
		return 0
	}
	v, err := binary.ReadVarint(r.r)
	if err != nil {
		r.err = fmt.Errorf("reading: %w", err)
	}
	return v
}

// Len reads a length and checks it against limit.
func (r *Reader) Len(limit int) int {
	n := r.Uvarint()
	if n > uint64(limit) {
		r.Fail(errors.New("corrupt length"))
		return 0
	}
	return int(n)
}

// String reads a string.
func (r *Reader) String() string {
	n := r.Len(1 << 20)
	if r.err != nil {
		return ""
	}
	b := make([]byte, n)
	if _, err := io.ReadFull(r.r, b); err != nil {
		r.Fail(fmt.Errorf("reading: %w", err))
		return ""
	}
	return string(b)
}

// Strings reads a string slice.
func (r *Reader) Strings() []string {
	n := r.Len(1 << 24)
	out := make([]string, 0, n)
	for i := 0; i < n && r.err == nil; i++ {
		out = append(out, r.String())
	}
	return out
}

// Map64 reads a map written by Writer.Map64.
func (r *Reader) Map64() map[uint64]uint64 {
	n := r.Len(1 << 26)
	m := make(map[uint64]uint64, n)
	prev := uint64(0)
	for i := 0; i < n && r.err == nil; i++ {
		prev += r.Uvarint()
		m[prev] = r.Uvarint()
	}
	return m
}

// StringMap reads a map written by Writer.StringMap.
func (r *Reader) StringMap() map[string]string {
	n := r.Len(1 << 24)
	m := make(map[string]string, n)
	for i := 0; i < n && r.err == nil; i++ {
		k := r.String()
		m[k] = r.String()
	}
	return m
}
