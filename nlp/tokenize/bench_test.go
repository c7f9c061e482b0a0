package tokenize

import (
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/petrel-events/petrel/doc"
	"github.com/petrel-events/petrel/internal/sharedtest"
	"github.com/petrel-events/petrel/nlp/clean"
)

// polnearTexts reads the PolNeAR training texts (plain .txt news articles).
func polnearTexts(b *testing.B) (texts []string, size int64) {
	dir := sharedtest.Path(b, "eval", "quotes-polnear", "data", "train", "text")
	paths, err := filepath.Glob(filepath.Join(dir, "*.txt"))
	if err != nil || len(paths) == 0 {
		b.Skipf("skipping: no .txt files in %s", dir)
	}
	for _, p := range paths {
		data, err := os.ReadFile(p)
		if err != nil {
			b.Fatal(err)
		}
		texts = append(texts, string(data))
		size += int64(len(data))
	}
	return texts, size
}

// reportCPU reports throughput per CPU second ("MB/cpu-s"), which stays
// meaningful on a machine shared with other jobs, where MB/s (wall time)
// drops. With GOMAXPROCS=1 it is the throughput of one core.
func reportCPU(b *testing.B, start time.Duration, bytes int64) {
	if d := (sharedtest.CPUTime() - start).Seconds(); d > 0 {
		b.ReportMetric(float64(bytes)*float64(b.N)/1e6/d, "MB/cpu-s")
	}
}

// BenchmarkCleanTokenize cleans, splits and tokenizes every PolNeAR
// training article: run with -cpu 1 for MB/s per core.
func BenchmarkCleanTokenize(b *testing.B) {
	texts, size := polnearTexts(b)
	tk := New()
	b.SetBytes(size)
	b.ReportAllocs()
	sents := 0
	cpu := sharedtest.CPUTime()
	for b.Loop() {
		sents = 0
		for _, s := range texts {
			d := doc.Doc{Text: clean.Clean(s)}
			tk.Process(&d)
			sents += len(d.Sentences)
		}
	}
	b.ReportMetric(float64(sents)*float64(b.N)/b.Elapsed().Seconds(), "sentences/s")
	reportCPU(b, cpu, size)
}

// BenchmarkReadCleanTokenize adds reading the files from disk.
func BenchmarkReadCleanTokenize(b *testing.B) {
	dir := sharedtest.Path(b, "eval", "quotes-polnear", "data", "train", "text")
	paths, _ := filepath.Glob(filepath.Join(dir, "*.txt"))
	_, size := polnearTexts(b)
	tk := New()
	b.SetBytes(size)
	b.ReportAllocs()
	cpu := sharedtest.CPUTime()
	for b.Loop() {
		for _, p := range paths {
			data, err := os.ReadFile(p)
			if err != nil {
				b.Fatal(err)
			}
			d := doc.Doc{Text: clean.Clean(string(data))}
			tk.Process(&d)
		}
	}
	reportCPU(b, cpu, size)
}

// BenchmarkTokenize measures sentence splitting and tokenization alone.
func BenchmarkTokenize(b *testing.B) {
	texts, size := polnearTexts(b)
	for i, s := range texts {
		texts[i] = clean.Clean(s)
	}
	tk := New()
	b.SetBytes(size)
	b.ReportAllocs()
	cpu := sharedtest.CPUTime()
	for b.Loop() {
		for _, s := range texts {
			tk.Tokenize(s)
		}
	}
	reportCPU(b, cpu, size)
}

// BenchmarkScan measures the scan alone, without building doc.Token values
// (152 bytes each), to show what the Token layout costs.
func BenchmarkScan(b *testing.B) {
	texts, size := polnearTexts(b)
	for i, s := range texts {
		texts[i] = clean.Clean(s)
	}
	tk := New()
	b.SetBytes(size)
	b.ReportAllocs()
	cpu := sharedtest.CPUTime()
	for b.Loop() {
		for _, s := range texts {
			sc := tk.newScanner(s)
			sc.run()
			tk.release(sc)
		}
	}
	reportCPU(b, cpu, size)
}

// BenchmarkClean measures cleaning alone.
func BenchmarkClean(b *testing.B) {
	texts, size := polnearTexts(b)
	b.SetBytes(size)
	b.ReportAllocs()
	cpu := sharedtest.CPUTime()
	for b.Loop() {
		for _, s := range texts {
			clean.Clean(s)
		}
	}
	reportCPU(b, cpu, size)
}

// BenchmarkBaselineByteLoop is a calibration: one pass over the bytes with a
// table lookup each. The ratio of its throughput to the others' shows the
// cost of the work per byte independently of how loaded the machine is.
func BenchmarkBaselineByteLoop(b *testing.B) {
	texts, size := polnearTexts(b)
	b.SetBytes(size)
	cpu := sharedtest.CPUTime()
	n := 0
	for b.Loop() {
		for _, s := range texts {
			for i := 0; i < len(s); i++ {
				if asciiSpace[s[i]&0x7f] {
					n++
				}
			}
		}
	}
	reportCPU(b, cpu, size)
	if n < 0 {
		b.Fatal(n)
	}
}
