package store

import (
	"context"
	"database/sql"
	"math/bits"
)

// A compaction of a large backlog (applog.go) looks up the LSH buckets of
// every logged document in doc_lsh, some 200,000 look-ups a chunk, nearly
// all of them for buckets no stored document is in (about 5% of the CPU
// of a 1M-event compaction). bandFilter, a Bloom filter of the band
// hashes in doc_lsh, lets it skip those: a bucket the filter has never
// seen is not stored, so its look-up would find nothing; a bucket it may
// have seen is looked up as before. The filter is filled once, in the
// compaction's first chunk transaction, from doc_lsh (nothing on a fresh
// database), then with every chunk's own LSH rows; deleted rows can stay
// in it (they only cost a look-up). It holds only while no other
// connection writes: the compaction runs its chunks on one pinned
// connection, and a chunk whose PRAGMA data_version differs from the
// first chunk's (another connection committed in between, which may have
// added buckets) drops the filter for the rest of the compaction.
type bandFilter struct {
	bits    []uint64
	mask    uint64
	version int64
}

// bandFilterBits is the filter's size in bits per expected band hash, and
// bandFilterProbes the bits set per hash: about 0.24% false positives
// (which cost a look-up, nothing else) at 2 bytes per hash.
const (
	bandFilterBits   = 16
	bandFilterProbes = 4
)

// newBandFilter returns an empty filter for about n band hashes.
func newBandFilter(n int64) *bandFilter {
	m := uint64(max(n, 1024)) * bandFilterBits
	m = 1 << bits.Len64(m-1) // a power of two
	return &bandFilter{bits: make([]uint64, m/64), mask: m - 1}
}

// probe returns the filter's first bit position for h and the step
// between its positions (double hashing).
func (f *bandFilter) probe(h int64) (a, b uint64) {
	x := mix64(uint64(h))
	return x, x>>32 | x<<32 | 1
}

func (f *bandFilter) add(h int64) {
	a, b := f.probe(h)
	for range bandFilterProbes {
		bit := a & f.mask
		f.bits[bit/64] |= 1 << (bit % 64)
		a += b
	}
}

// mayHave reports whether h may have been added (false: it was not).
func (f *bandFilter) mayHave(h int64) bool {
	a, b := f.probe(h)
	for range bandFilterProbes {
		bit := a & f.mask
		if f.bits[bit/64]&(1<<(bit%64)) == 0 {
			return false
		}
		a += b
	}
	return true
}

// dataVersion is the connection's PRAGMA data_version, which changes when
// another connection commits.
func dataVersion(ctx context.Context, tx *sql.Tx) (int64, error) {
	var v int64
	err := tx.QueryRowContext(ctx, "PRAGMA data_version").Scan(&v)
	return v, err
}

// syncBandFilter, at the start of a compaction chunk's transaction on the
// pinned connection, builds the filter (first chunk: from doc_lsh, sized
// for the stored rows and logged documents' bands) or drops it when
// another connection has committed since.
func (s *SQLite) syncBandFilter(ctx context.Context, tx *sql.Tx, first bool, logged int64) error {
	if !first && s.bands == nil {
		return nil
	}
	v, err := dataVersion(ctx, tx)
	if err != nil {
		return err
	}
	if !first {
		if v != s.bands.version {
			s.bands = nil
		}
		return nil
	}
	var stored int64
	if err := tx.QueryRowContext(ctx, "SELECT count(*) FROM doc_lsh").Scan(&stored); err != nil {
		return err
	}
	f := newBandFilter(stored + logged*Bands)
	f.version = v
	rows, err := tx.QueryContext(ctx, "SELECT band_hash FROM doc_lsh")
	if err != nil {
		return err
	}
	defer rows.Close()
	for rows.Next() {
		var h int64
		if err := rows.Scan(&h); err != nil {
			return err
		}
		f.add(h)
	}
	if err := rows.Err(); err != nil {
		return err
	}
	s.bands = f
	return nil
}
