//go:build unix

package export

import (
	"io"
	"syscall"
	"testing"
	"time"
)

// cpuTime returns the CPU time (user + system) the process has used.
func cpuTime(b *testing.B) time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		b.Fatal(err)
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

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
			cpu0 := cpuTime(b)
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
			b.ReportMetric(float64(n)/(cpuTime(b)-cpu0).Seconds(), "events/cpu-s")
		})
	}
}
