package match

import (
	"os"
	"runtime"
	"strings"
	"syscall"
	"testing"
	"time"
)

func threadCPU() time.Duration {
	var ru syscall.Rusage
	syscall.Getrusage(1 /* RUSAGE_THREAD */, &ru)
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// TestCPUThroughput reports build time and match throughput in CPU time of
// the calling thread, which is meaningful on a loaded machine. Run with
// PETREL_MATCH_CPU=1.
func TestCPUThroughput(t *testing.T) {
	if os.Getenv("PETREL_MATCH_CPU") == "" {
		t.Skip("set PETREL_MATCH_CPU=1 to measure")
	}
	runtime.LockOSThread()
	defer runtime.UnlockOSThread()
	pats, text := synthetic(50000, 1<<20)
	toks := make([][]string, len(pats))
	for i, p := range pats {
		toks[i] = Split(p)
	}
	var tr *Trie
	c0 := threadCPU()
	const builds = 10
	for k := 0; k < builds; k++ {
		tr = NewSize(len(toks))
		for i, tk := range toks {
			tr.Add(tk, int32(i), i%5 == 0)
		}
	}
	build := (threadCPU() - c0) / builds
	s := NewScanner(tr)
	n := 0
	c0 = threadCPU()
	const scans = 20
	for k := 0; k < scans; k++ {
		s.Scan(text, func(TextMatch) { n++ })
	}
	d := threadCPU() - c0
	c0 = threadCPU()
	words := 0
	for k := 0; k < scans; k++ {
		words += len(strings.Fields(text))
	}
	base := threadCPU() - c0
	t.Logf("baseline strings.Fields: %.1f MB/s CPU", float64(scans*len(text))/base.Seconds()/1e6)
	t.Logf("build 50k patterns: %v CPU; match: %.1f MB/s CPU (%d matches/scan)", build, float64(scans*len(text))/d.Seconds()/1e6, n/scans)
}
