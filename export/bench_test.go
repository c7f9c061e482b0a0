package export

import (
	"io"
	"testing"
)

// BenchmarkWriters writes the fixture's events (negated ones kept) in every
// format; events/s is reported per format.
//
//	GOMAXPROCS=1 go test ./export -run '^$' -bench Writers -cpu 1
func BenchmarkWriters(b *testing.B) {
	recs := records(loadDocs(b))
	for _, format := range Formats {
		b.Run(format, func(b *testing.B) {
			w, err := New(format, io.Discard, Options{KeepNegated: true, Mentions: io.Discard})
			if err != nil {
				b.Fatal(err)
			}
			b.ReportAllocs()
			n := 0
			for b.Loop() {
				for _, r := range recs {
					if err := w.Write(r); err != nil {
						b.Fatal(err)
					}
					n++
				}
			}
			if err := w.Flush(); err != nil {
				b.Fatal(err)
			}
			b.ReportMetric(float64(n)/b.Elapsed().Seconds(), "events/s")
		})
	}
}
