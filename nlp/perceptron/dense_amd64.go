//go:build amd64 && !purego

package perceptron

// simdLanes is the number of uint32 lanes addDenseAVX2 sums: 13 AVX2
// registers of eight, for models of at most 104 classes (26 blocks).
const simdLanes = 104

// addDenseAVX2 adds the dense rows (see denseMin) of nb words each to
// acc, exactly: each lane sums weight+bias over the rows, modulo 2³²,
// and len(rows)*bias is subtracted before acc is added to. nb must be
// at most 26.
//
//go:noescape
func addDenseAVX2(acc *[256]int32, dense *uint64, nb int, rows []uint32)

func cpuid(leaf, sub uint32) (a, b, c, d uint32)
func xgetbv() uint32

// haveAVX2 reports whether the processor and the operating system
// support AVX2 (CPUID leaf 7 EBX bit 5, with OSXSAVE and the YMM state
// enabled in XCR0).
func haveAVX2() bool {
	maxLeaf, _, _, _ := cpuid(0, 0)
	if maxLeaf < 7 {
		return false
	}
	_, _, c1, _ := cpuid(1, 0)
	const osxsave, avx = 1 << 27, 1 << 28
	if c1&osxsave == 0 || c1&avx == 0 {
		return false
	}
	if xgetbv()&6 != 6 { // XMM and YMM state
		return false
	}
	_, b7, _, _ := cpuid(7, 0)
	return b7&(1<<5) != 0
}
