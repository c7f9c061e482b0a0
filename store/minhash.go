package store

import (
	"encoding/binary"
	"slices"
	"unicode"
	"unicode/utf8"
)

// Near-duplicate detection: a document's text becomes the set of its
// shingles (ShingleWords consecutive lower-case words, hashed to 64 bits); a
// MinHash signature of NumHashes values estimates the Jaccard similarity of
// two sets, and LSH over Bands bands of NumHashes/Bands rows finds the
// candidates (pairs with J = 0.5 are candidates with probability 0.73, J =
// 0.6 with 0.94, J = 0.7 with 0.996, J = 0.2 with 0.03). Candidates are
// verified with the exact Jaccard similarity of the stored shingle sets.
const (
	ShingleWords = 5
	NumHashes    = 80
	Bands        = 20
	rowsPerBand  = NumHashes / Bands
)

// Shingles returns the sorted, distinct 64-bit hashes of the word shingles
// of text. A text shorter than ShingleWords words is one shingle.
func Shingles(text string) []uint64 {
	var words []uint64
	for i := 0; i < len(text); {
		r, n := utf8.DecodeRuneInString(text[i:])
		if !isWordRune(r) {
			i += n
			continue
		}
		h := uint64(14695981039346656037)
		for i < len(text) {
			r, n = utf8.DecodeRuneInString(text[i:])
			if !isWordRune(r) {
				break
			}
			r = unicode.ToLower(r)
			h ^= uint64(r)
			h *= 1099511628211
			i += n
		}
		words = append(words, h)
	}
	if len(words) == 0 {
		return nil
	}
	k := ShingleWords
	if len(words) < k {
		k = len(words)
	}
	out := make([]uint64, 0, len(words)-k+1)
	for i := 0; i+k <= len(words); i++ {
		h := uint64(0x9e3779b97f4a7c15)
		for _, w := range words[i : i+k] {
			h = mix64(h ^ w)
		}
		out = append(out, h)
	}
	slices.Sort(out)
	return slices.Compact(out)
}

func isWordRune(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }

// mix64 is the splitmix64 finaliser.
func mix64(x uint64) uint64 {
	x ^= x >> 30
	x *= 0xbf58476d1ce4e5b9
	x ^= x >> 27
	x *= 0x94d049bb133111eb
	x ^= x >> 31
	return x
}

// Signature returns the MinHash signature of a shingle set.
func Signature(sh []uint64) [NumHashes]uint64 {
	var sig [NumHashes]uint64
	for i := range sig {
		sig[i] = ^uint64(0)
	}
	for _, s := range sh {
		for i := range sig {
			if v := mix64(s + uint64(i+1)*0x9e3779b97f4a7c15); v < sig[i] {
				sig[i] = v
			}
		}
	}
	return sig
}

// BandHashes returns the LSH bucket of each band of a signature; documents
// sharing a bucket are candidates. The band number is part of the hash.
func BandHashes(sig [NumHashes]uint64) [Bands]int64 {
	var out [Bands]int64
	for b := range out {
		h := mix64(uint64(b) + 1)
		for _, v := range sig[b*rowsPerBand : (b+1)*rowsPerBand] {
			h = mix64(h ^ v)
		}
		out[b] = int64(h)
	}
	return out
}

// Jaccard returns |a ∩ b| / |a ∪ b| of two sorted, distinct sets.
func Jaccard(a, b []uint64) float64 {
	if len(a) == 0 && len(b) == 0 {
		return 1
	}
	inter := 0
	for i, j := 0, 0; i < len(a) && j < len(b); {
		switch {
		case a[i] == b[j]:
			inter++
			i++
			j++
		case a[i] < b[j]:
			i++
		default:
			j++
		}
	}
	return float64(inter) / float64(len(a)+len(b)-inter)
}

func encodeShingles(sh []uint64) []byte {
	b := make([]byte, 8*len(sh))
	for i, v := range sh {
		binary.LittleEndian.PutUint64(b[8*i:], v)
	}
	return b
}

func decodeShingles(b []byte) []uint64 {
	out := make([]uint64, len(b)/8)
	for i := range out {
		out[i] = binary.LittleEndian.Uint64(b[8*i:])
	}
	return out
}
