//go:build race

package clean

// raceEnabled is true under the race detector, which slows code down too
// much for the timing checks.
const raceEnabled = true
