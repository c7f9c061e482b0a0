package flat

import (
	"math/rand/v2"
	"testing"
)

func TestMap(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	for _, n := range []int{0, 1, 3, 8, 100, 5000} {
		m := map[uint64]uint64{}
		for len(m) < n {
			k := rng.Uint64()
			switch rng.IntN(4) {
			case 0:
				k &= 0xffff // small keys: all in the low bits
			case 1:
				k &^= 0xffffffff // keys differing only in their high bits
			}
			m[k] = rng.Uint64()
		}
		if n > 0 {
			m[0] = 7 // the zero key is kept apart
		}
		f := New(m)
		if f.Len() != len(m) {
			t.Errorf("n=%d: Len %d, want %d", n, f.Len(), len(m))
		}
		for k, v := range m {
			if got, ok := f.Get(k); !ok || got != v {
				t.Errorf("n=%d: Get(%#x) = %d, %v; want %d, true", n, k, got, ok, v)
			}
		}
		for range 1000 {
			k := rng.Uint64()
			_, in := m[k]
			if _, ok := f.Get(k); ok != in {
				t.Errorf("n=%d: Get(%#x) found %v, map %v", n, k, ok, in)
			}
		}
	}
	var zero Map
	if _, ok := zero.Get(5); ok {
		t.Error("zero Map: Get found a key")
	}
	if _, ok := zero.Get(0); ok {
		t.Error("zero Map: Get(0) found a key")
	}
}
