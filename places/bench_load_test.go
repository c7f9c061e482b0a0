package places

import "testing"

func BenchmarkLoadGazetteer(b *testing.B) {
	for b.Loop() {
		if _, err := LoadGazetteer(); err != nil {
			b.Fatal(err)
		}
	}
}
