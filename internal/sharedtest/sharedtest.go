// Package sharedtest locates the ../shared data folder (training data, gold
// sets, reference tables) for tests and benchmarks. A fresh clone has no
// ../shared: tests that need it skip with a clear message.
package sharedtest

import (
	"os"
	"path/filepath"
	"syscall"
	"testing"
	"time"
)

// Root returns the module root: the nearest directory above the working
// directory that holds go.mod, or "" if there is none.
func Root() string {
	dir, err := os.Getwd()
	if err != nil {
		return ""
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			return dir
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return ""
		}
		dir = parent
	}
}

// Find returns the shared folder: $PETREL_SHARED if set, else ../shared
// beside the module root. ok is false when it does not exist.
func Find() (dir string, ok bool) {
	if d := os.Getenv("PETREL_SHARED"); d != "" {
		dir = d
	} else if r := Root(); r != "" {
		dir = filepath.Join(r, "..", "shared")
	} else {
		return "", false
	}
	st, err := os.Stat(dir)
	return dir, err == nil && st.IsDir()
}

// Path returns filepath.Join(shared, elem...) and skips the test with a clear
// message when the shared folder or the file is missing.
func Path(tb testing.TB, elem ...string) string {
	tb.Helper()
	dir, ok := Find()
	if !ok {
		tb.Skipf("skipping: ../shared (training and gold data) not found beside the module root; set PETREL_SHARED to run this test")
	}
	p := filepath.Join(append([]string{dir}, elem...)...)
	if _, err := os.Stat(p); err != nil {
		tb.Skipf("skipping: %s not found in the shared data folder", filepath.Join(elem...))
	}
	return p
}

// CPUTime returns the CPU time (user and system) the process has used. On
// a shared, loaded machine throughput per CPU second is a fairer per-core
// figure than throughput per wall-clock second.
func CPUTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
