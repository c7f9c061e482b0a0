//go:build unix

package timex

import (
	"github.com/petrel-events/petrel/internal/sharedtest"
	"testing"
	"time"
)

// TestPolNeARThroughputCPU reports throughput per CPU second (user +
// system time of the process, GC included), which unlike the wall-clock
// benchmark does not depend on other load on the machine.
//
//	go test ./timex/ -run ThroughputCPU -v
func TestPolNeARThroughputCPU(t *testing.T) {
	if testing.Short() {
		t.Skip("skipping throughput measurement in -short mode")
	}
	docs := loadPolNeAR(t)
	r, err := New()
	if err != nil {
		t.Fatal(err)
	}
	size := 0
	for _, d := range docs {
		size += len(d.text)
	}
	const rounds = 5
	start := sharedtest.CPUTime()
	for range rounds {
		for _, d := range docs {
			r.Find(d.text, d.anchor)
		}
	}
	cpu := sharedtest.CPUTime() - start
	if cpu <= 0 {
		t.Skip("no CPU time measured")
	}
	t.Logf("PolNeAR train: %.1f MB x %d in %v CPU = %.1f MB per CPU second",
		float64(size)/1e6, rounds, cpu.Round(time.Millisecond), float64(size*rounds)/1e6/cpu.Seconds())
}
