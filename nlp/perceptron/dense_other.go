//go:build !amd64 || purego

package perceptron

const simdLanes = 104

func haveAVX2() bool { return false }

func addDenseAVX2(acc *[256]int32, dense *uint64, nb int, rows []uint32) {
	panic("perceptron: no AVX2")
}
