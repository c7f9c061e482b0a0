//go:build !race

package tokenize

// raceEnabled is true under the race detector.
const raceEnabled = false
