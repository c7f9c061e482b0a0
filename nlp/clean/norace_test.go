//go:build !race

package clean

// raceEnabled is true under the race detector.
const raceEnabled = false
