// Package lex computes hashed lexical properties of word forms (lower case,
// shape, prefixes, suffixes) without allocating, for the tagger and parser.
package lex

import (
	"unicode"
	"unicode/utf8"
)

const (
	offset64 = 14695981039346656037
	prime64  = 1099511628211
)

// HashBytes returns the 64-bit FNV-1a hash of b.
func HashBytes(b []byte) uint64 {
	h := uint64(offset64)
	for _, c := range b {
		h ^= uint64(c)
		h *= prime64
	}
	return h
}

// HashString returns the 64-bit FNV-1a hash of s.
func HashString(s string) uint64 {
	h := uint64(offset64)
	for i := 0; i < len(s); i++ {
		h ^= uint64(s[i])
		h *= prime64
	}
	return h
}

// Word holds the hashed properties of one form. Affixes are of the lower
// case form, counted in runes; a word shorter than an affix length gets
// the whole word.
type Word struct {
	Form   uint64
	Lower  uint64
	Shape  uint64
	Prefix [3]uint64 // lengths 1..3
	Suffix [4]uint64 // lengths 1..4
	// Flags: bit 0 has an upper-case letter, 1 has a digit, 2 has a hyphen,
	// 3 is title case, 4 all upper case, 5 has a letter.
	Flags uint8
}

// Flags of Word.Flags.
const (
	HasUpper uint8 = 1 << iota
	HasDigit
	HasHyphen
	IsTitle
	IsUpper
	HasLetter
)

// Buffer is scratch space for Analyze.
type Buffer struct {
	lower []byte
	shape []byte
}

// Analyze fills w from form, using buf as scratch.
func Analyze(form string, buf *Buffer, w *Word) {
	lower := buf.lower[:0]
	shape := buf.shape[:0]
	var flags uint8
	var last byte
	run := 0
	letters, uppers := 0, 0
	for i, r := range form {
		lr := unicode.ToLower(r)
		lower = utf8.AppendRune(lower, lr)
		var c byte
		switch {
		case unicode.IsUpper(r):
			c = 'X'
			flags |= HasUpper
			uppers++
			letters++
			if i == 0 {
				flags |= IsTitle
			}
		case unicode.IsLetter(r):
			c = 'x'
			letters++
		case unicode.IsDigit(r):
			c = 'd'
			flags |= HasDigit
		default:
			if r == '-' {
				flags |= HasHyphen
			}
			if r < utf8.RuneSelf {
				c = byte(r)
			} else {
				c = '*'
			}
		}
		if c == last {
			run++
		} else {
			run = 1
			last = c
		}
		if run <= 3 {
			shape = append(shape, c)
		}
	}
	if letters > 0 {
		flags |= HasLetter
		if uppers == letters && letters > 1 {
			flags |= IsUpper
		}
		if flags&IsTitle != 0 && uppers > 1 {
			flags &^= IsTitle
		}
	}
	w.Form = HashString(form)
	w.Lower = HashBytes(lower)
	w.Shape = HashBytes(shape)
	w.Flags = flags
	// Suffixes: the last k runes.
	end := len(lower)
	start := end
	for k := 0; k < 4; k++ {
		if start > 0 {
			_, sz := utf8.DecodeLastRune(lower[:start])
			start -= sz
		}
		w.Suffix[k] = HashBytes(lower[start:end]) + uint64(k)
	}
	pos := 0
	for k := 0; k < 3; k++ {
		if pos < len(lower) {
			_, sz := utf8.DecodeRune(lower[pos:])
			pos += sz
		}
		w.Prefix[k] = HashBytes(lower[:pos]) + uint64(k)
	}
	buf.lower, buf.shape = lower, shape
}

// Lower returns the hash of the lower-case form of s (as Word.Lower).
func Lower(s string, buf *Buffer) uint64 {
	lower := buf.lower[:0]
	for _, r := range s {
		lower = utf8.AppendRune(lower, unicode.ToLower(r))
	}
	buf.lower = lower
	return HashBytes(lower)
}
