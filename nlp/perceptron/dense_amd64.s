//go:build amd64 && !purego

#include "textflag.h"

// func addDenseAVX2(lanes *[simdLanes]uint32, dense *uint64, nb int, rows []uint32)
//
// For each row r of rows, adds the nb words of dense[r*nb:], read as
// 4*nb uint16, zero-extended, to the uint32 lanes; Y0-Y12 hold the
// lanes (eight each) for the whole call. Rows of 25 or 26 words (the
// tagger's and the joint parser's) take a loop without exits. A row of
// an odd nb is read 8 bytes past its end (the caller pads the table and
// ignores the lanes past 4*nb).
TEXT ·addDenseAVX2(SB), NOSPLIT, $0-48
	MOVQ lanes+0(FP), DI
	MOVQ dense+8(FP), SI
	MOVQ nb+16(FP), DX
	MOVQ rows_base+24(FP), BX
	MOVQ rows_len+32(FP), CX
	LEAQ 1(DX), R8
	SHRQ $1, R8 // chunks of eight lanes
	SHLQ $3, DX // row bytes
	VMOVDQU 0(DI), Y0
	VMOVDQU 32(DI), Y1
	VMOVDQU 64(DI), Y2
	VMOVDQU 96(DI), Y3
	VMOVDQU 128(DI), Y4
	VMOVDQU 160(DI), Y5
	VMOVDQU 192(DI), Y6
	VMOVDQU 224(DI), Y7
	VMOVDQU 256(DI), Y8
	VMOVDQU 288(DI), Y9
	VMOVDQU 320(DI), Y10
	VMOVDQU 352(DI), Y11
	VMOVDQU 384(DI), Y12
	TESTQ CX, CX
	JEQ done
	CMPQ R8, $13
	JNE loop
loop13:
	MOVL (BX), AX
	IMULQ DX, AX
	ADDQ SI, AX
	VPMOVZXWD 0(AX), Y13
	VPADDD Y13, Y0, Y0
	VPMOVZXWD 16(AX), Y13
	VPADDD Y13, Y1, Y1
	VPMOVZXWD 32(AX), Y13
	VPADDD Y13, Y2, Y2
	VPMOVZXWD 48(AX), Y13
	VPADDD Y13, Y3, Y3
	VPMOVZXWD 64(AX), Y13
	VPADDD Y13, Y4, Y4
	VPMOVZXWD 80(AX), Y13
	VPADDD Y13, Y5, Y5
	VPMOVZXWD 96(AX), Y13
	VPADDD Y13, Y6, Y6
	VPMOVZXWD 112(AX), Y13
	VPADDD Y13, Y7, Y7
	VPMOVZXWD 128(AX), Y13
	VPADDD Y13, Y8, Y8
	VPMOVZXWD 144(AX), Y13
	VPADDD Y13, Y9, Y9
	VPMOVZXWD 160(AX), Y13
	VPADDD Y13, Y10, Y10
	VPMOVZXWD 176(AX), Y13
	VPADDD Y13, Y11, Y11
	VPMOVZXWD 192(AX), Y13
	VPADDD Y13, Y12, Y12
	ADDQ $4, BX
	DECQ CX
	JNZ loop13
	JMP done

loop:
	MOVL (BX), AX
	IMULQ DX, AX
	ADDQ SI, AX
	VPMOVZXWD 0(AX), Y13
	VPADDD Y13, Y0, Y0
	CMPQ R8, $1
	JEQ next
	VPMOVZXWD 16(AX), Y13
	VPADDD Y13, Y1, Y1
	CMPQ R8, $2
	JEQ next
	VPMOVZXWD 32(AX), Y13
	VPADDD Y13, Y2, Y2
	CMPQ R8, $3
	JEQ next
	VPMOVZXWD 48(AX), Y13
	VPADDD Y13, Y3, Y3
	CMPQ R8, $4
	JEQ next
	VPMOVZXWD 64(AX), Y13
	VPADDD Y13, Y4, Y4
	CMPQ R8, $5
	JEQ next
	VPMOVZXWD 80(AX), Y13
	VPADDD Y13, Y5, Y5
	CMPQ R8, $6
	JEQ next
	VPMOVZXWD 96(AX), Y13
	VPADDD Y13, Y6, Y6
	CMPQ R8, $7
	JEQ next
	VPMOVZXWD 112(AX), Y13
	VPADDD Y13, Y7, Y7
	CMPQ R8, $8
	JEQ next
	VPMOVZXWD 128(AX), Y13
	VPADDD Y13, Y8, Y8
	CMPQ R8, $9
	JEQ next
	VPMOVZXWD 144(AX), Y13
	VPADDD Y13, Y9, Y9
	CMPQ R8, $10
	JEQ next
	VPMOVZXWD 160(AX), Y13
	VPADDD Y13, Y10, Y10
	CMPQ R8, $11
	JEQ next
	VPMOVZXWD 176(AX), Y13
	VPADDD Y13, Y11, Y11
	CMPQ R8, $12
	JEQ next
	VPMOVZXWD 192(AX), Y13
	VPADDD Y13, Y12, Y12
next:
	ADDQ $4, BX
	DECQ CX
	JNZ loop

done:
	VMOVDQU Y0, 0(DI)
	VMOVDQU Y1, 32(DI)
	VMOVDQU Y2, 64(DI)
	VMOVDQU Y3, 96(DI)
	VMOVDQU Y4, 128(DI)
	VMOVDQU Y5, 160(DI)
	VMOVDQU Y6, 192(DI)
	VMOVDQU Y7, 224(DI)
	VMOVDQU Y8, 256(DI)
	VMOVDQU Y9, 288(DI)
	VMOVDQU Y10, 320(DI)
	VMOVDQU Y11, 352(DI)
	VMOVDQU Y12, 384(DI)
	VZEROUPPER
	RET

// func cpuid(leaf, sub uint32) (a, b, c, d uint32)
TEXT ·cpuid(SB), NOSPLIT, $0-24
	MOVL leaf+0(FP), AX
	MOVL sub+4(FP), CX
	CPUID
	MOVL AX, a+8(FP)
	MOVL BX, b+12(FP)
	MOVL CX, c+16(FP)
	MOVL DX, d+20(FP)
	RET

// func xgetbv() uint32
TEXT ·xgetbv(SB), NOSPLIT, $0-4
	MOVL $0, CX
	XGETBV
	MOVL AX, ret+0(FP)
	RET
