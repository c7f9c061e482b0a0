package quotes

import (
	"bufio"
	"bytes"
	"encoding/binary"
	"fmt"
	"io"
	"sort"

	"github.com/petrel-events/petrel/doc"
)

// voteMagic starts a cue model file that holds several members (a voted
// ensemble): the line "PQVOTE n", then each member as a uvarint length
// and the bytes WriteCueModel writes for it.
const voteMagic = "PQVOTE "

// WriteCueModels writes ms: one member as WriteCueModel does, several as
// a voted ensemble.
func WriteCueModels(w io.Writer, ms []*CueModel) error {
	if len(ms) == 1 {
		return WriteCueModel(w, ms[0])
	}
	if len(ms) == 0 {
		return fmt.Errorf("cue model: no member")
	}
	if _, err := fmt.Fprintf(w, "%s%d\n", voteMagic, len(ms)); err != nil {
		return err
	}
	var buf bytes.Buffer
	vb := make([]byte, binary.MaxVarintLen64)
	for _, m := range ms {
		buf.Reset()
		if err := WriteCueModel(&buf, m); err != nil {
			return err
		}
		if _, err := w.Write(vb[:binary.PutUvarint(vb, uint64(buf.Len()))]); err != nil {
			return err
		}
		if _, err := w.Write(buf.Bytes()); err != nil {
			return err
		}
	}
	return nil
}

// ReadCueModels reads a file written by WriteCueModels (or
// WriteCueModel): its members, the first of which is the one a single
// model file holds.
func ReadCueModels(r io.Reader) ([]*CueModel, error) {
	br := bufio.NewReader(r)
	if head, _ := br.Peek(len(voteMagic)); string(head) != voteMagic {
		m, err := ReadCueModel(br)
		if err != nil {
			return nil, err
		}
		return []*CueModel{m}, nil
	}
	line, err := br.ReadString('\n')
	if err != nil {
		return nil, fmt.Errorf("cue model: %w", err)
	}
	var n int
	if _, err := fmt.Sscanf(line[len(voteMagic):], "%d", &n); err != nil || n < 1 || n > 64 {
		return nil, fmt.Errorf("cue model: bad member count %q", line)
	}
	ms := make([]*CueModel, n)
	for i := range ms {
		size, err := binary.ReadUvarint(br)
		if err != nil || size > 1<<30 {
			return nil, fmt.Errorf("cue model, member %d: bad length", i)
		}
		blob := make([]byte, size)
		if _, err := io.ReadFull(br, blob); err != nil {
			return nil, fmt.Errorf("cue model, member %d: %w", i, err)
		}
		if ms[i], err = ReadCueModel(bytes.NewReader(blob)); err != nil {
			return nil, fmt.Errorf("cue model, member %d: %w", i, err)
		}
	}
	return ms, nil
}

// WithCueModels returns a copy of r that builds its quotes with each of
// ms and keeps those a majority agrees on (see vote); one model is
// WithCueModel.
func (r *Recognizer) WithCueModels(ms []*CueModel) *Recognizer {
	if len(ms) == 0 {
		return r.WithCueModel(nil)
	}
	c := r.WithCueModel(ms[0])
	if len(ms) > 1 {
		c.voters = ms[1:]
	}
	return c
}

// CueModels returns the cue models of r: its cue classifier and the other
// members of its vote, or nil for the word list alone.
func (r *Recognizer) CueModels() []*CueModel {
	if r.cues == nil {
		return nil
	}
	return append([]*CueModel{r.cues}, r.voters...)
}

// cueVotes counts, for each cue span, the runs that build a quote with
// it (a run with two quotes of one cue counts once).
func cueVotes(runs [][]doc.Quote) map[doc.Span]int {
	votes := map[doc.Span]int{}
	for _, qs := range runs {
		seen := map[doc.Span]bool{}
		for _, q := range qs {
			if !seen[q.Cue.Span] {
				seen[q.Cue.Span] = true
				votes[q.Cue.Span]++
			}
		}
	}
	return votes
}

// vote merges the quotes that several cue models build for one
// document (members models, of which runs holds the runs made: see
// settled): a cue span is kept when more than half of the members build a
// quote with exactly that cue, and its quotes are taken from the first
// run that builds it. Runs that disagree on a cue's extent ("said" and
// "said Friday") thus drop it: on PolNeAR most such cues are wrong in
// one of them. Quotes keep the text order of their cues.
func vote(runs [][]doc.Quote, members int) []doc.Quote {
	need := members/2 + 1
	votes := cueVotes(runs)
	var out []doc.Quote
	taken := map[doc.Span]bool{}
	for _, qs := range runs {
		var now []doc.Span
		for _, q := range qs {
			k := q.Cue.Span
			if votes[k] < need || taken[k] {
				continue
			}
			out = append(out, q)
			now = append(now, k)
		}
		for _, k := range now {
			taken[k] = true
		}
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].Cue.Start < out[j].Cue.Start })
	return out
}
