package perceptron

import (
	"runtime"
	"syscall"
	"unsafe"
)

// hugePage is the size of a transparent huge page on amd64 and arm64.
const hugePage = 2 << 20

// arena returns n zeroed bytes, 8-byte aligned, for the read-only
// tables of a model. Large tables are mapped outside the Go heap and
// marked for transparent huge pages: the score loop reads them at
// random, and with 4 KiB pages nearly every read also misses the TLB.
// The mapping is released when owner becomes unreachable.
func arena(owner *Model, n int) []byte {
	if n < 2*hugePage {
		return heapBytes(n)
	}
	size := (n + 2*hugePage - 1) &^ (hugePage - 1)
	mem, err := syscall.Mmap(-1, 0, size, syscall.PROT_READ|syscall.PROT_WRITE, syscall.MAP_PRIVATE|syscall.MAP_ANON)
	if err != nil {
		return heapBytes(n)
	}
	// Start at a huge-page boundary so that the kernel can back the
	// whole table with huge pages.
	skip := int(-uintptr(unsafe.Pointer(&mem[0])) & (hugePage - 1))
	b := mem[skip : skip+n : skip+n]
	_ = syscall.Madvise(b, 14) // MADV_HUGEPAGE; a hint, failure is harmless
	runtime.AddCleanup(owner, func(m []byte) { _ = syscall.Munmap(m) }, mem)
	return b
}
