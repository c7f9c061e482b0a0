//go:build !linux

package perceptron

// arena returns n zeroed bytes for the read-only tables of a model.
func arena(_ *Model, n int) []byte { return heapBytes(n) }
