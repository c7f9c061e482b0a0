package kb

import "testing"

func BenchmarkLoadEmbedded(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		k, err := Load(Data())
		if err != nil {
			b.Fatal(err)
		}
		k.Matcher()
	}
}
