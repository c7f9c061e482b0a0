package perceptron

import (
	"bufio"
	"bytes"
	"encoding/binary"
	"math/rand/v2"
	"testing"
)

// TestReadUvarints checks the buffered varint reader against
// binary.ReadUvarint, with varints across the buffer's end (a 16-byte
// buffer), the bytes after them left unread, and truncated streams.
func TestReadUvarints(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	var vals []uint64
	for range 2000 {
		vals = append(vals, rng.Uint64()>>rng.IntN(64))
	}
	vals = append(vals, 0, 1, 127, 128, 1<<63, ^uint64(0))
	var enc []byte
	for _, v := range vals {
		enc = binary.AppendUvarint(enc, v)
	}
	for _, size := range []int{16, 17, 4096} {
		r := bufio.NewReaderSize(bytes.NewReader(append(enc, 0xAB, 0xCD)), size)
		got := make([]uint64, len(vals))
		sum, err := readUvarints(r, got)
		if err != nil {
			t.Fatalf("size %d: %v", size, err)
		}
		var want uint64
		for i, v := range vals {
			want += v
			if got[i] != v {
				t.Fatalf("size %d: value %d = %d, want %d", size, i, got[i], v)
			}
		}
		if sum != want {
			t.Errorf("size %d: sum %d, want %d", size, sum, want)
		}
		if b, _ := r.ReadByte(); b != 0xAB {
			t.Errorf("size %d: next byte %#x, want 0xab", size, b)
		}
		// uint32 destinations keep the low bits, as a conversion does.
		r = bufio.NewReaderSize(bytes.NewReader(enc), size)
		small := make([]uint32, len(vals))
		if _, err := readUvarints(r, small); err != nil {
			t.Fatal(err)
		}
		for i, v := range vals {
			if small[i] != uint32(v) {
				t.Fatalf("size %d: uint32 value %d = %d, want %d", size, i, small[i], uint32(v))
			}
		}
	}
	for _, c := range []struct {
		name string
		in   []byte
	}{
		{"empty", nil},
		{"cut inside a varint", enc[:len(enc)-1]},
		{"one short", binary.AppendUvarint(nil, 5)},
		{"overflow", bytes.Repeat([]byte{0xFF}, 11)},
	} {
		out := make([]uint64, 2)
		if c.name != "one short" && c.name != "overflow" {
			out = make([]uint64, len(vals))
		}
		if _, err := readUvarints(bufio.NewReaderSize(bytes.NewReader(c.in), 16), out); err == nil {
			t.Errorf("%s: want an error", c.name)
		}
	}
}
