package main

import (
	"bufio"
	"context"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strconv"
	"strings"

	"github.com/spf13/cobra"

	"github.com/petrel-events/petrel/actors"
	"github.com/petrel-events/petrel/coder"
	"github.com/petrel-events/petrel/doc"
	"github.com/petrel-events/petrel/evaluate"
	"github.com/petrel-events/petrel/pipeline"
	"github.com/petrel-events/petrel/timex"
)

func newEvalPetrarchCmd() *cobra.Command {
	var (
		records, dicts, verbs, parses string
		verbose, keepNegated, beam    bool
	)
	cmd := &cobra.Command{
		Use:     "petrarch",
		Example: `  petrel eval petrarch --verbs ../shared/eval/petrarch/PETR.Validate.verbs.txt`,
		Short:   "Run a PETRARCH validation suite and score exact (source, target, code) triples",
		Long: `Petrarch codes the records of a PETRARCH validation suite (JSON lines with id,
date, category, text and expected_events) with the PETR.Validate.*
dictionaries of the same folder, each record's date being the document date,
and scores exact (source, target, event code) triples: precision, recall and
F1 overall and per category (the construction tested), and a summary of the
errors. Events with several actors or recipients count once per pair.

Without --verbs it runs PETR.Validate.verbs.2.0.txt and PETR.Validate.verbs.txt
(those present) one after the other.

--parses FILE takes the dependency parses of a PETRARCH records file in XML
with CoNLL-U <Parse> elements (PETR.UnitTest.records.parsing_parsed_udpipe_2.0.xml;
UD v1 labels are mapped to UD v2) instead of petrel's parser, matched to the
records by text: it separates parser errors from the coder's.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			log, err := newLogger(cmd)
			if err != nil {
				return err
			}
			if dicts == "" && records != "" {
				dicts = filepath.Dir(records)
			}
			if dicts == "" {
				if dicts = findSharedDir("eval", "petrarch"); dicts == "" {
					return errors.New("no --dicts given and no shared/eval/petrarch folder found (set PETREL_SHARED)")
				}
			}
			if records == "" {
				records = filepath.Join(dicts, "PETR.UnitTest.records.jsonl")
			}
			f, err := os.Open(records)
			if err != nil {
				return err
			}
			recs, err := evaluate.ReadPetrarchRecords(f)
			f.Close()
			if err != nil {
				return fmt.Errorf("%s: %w", records, err)
			}
			var byText map[string][]doc.Token
			if parses != "" {
				if byText, err = readCoNLLUXML(parses); err != nil {
					return err
				}
			}
			verbFiles := []string{verbs}
			if verbs == "" {
				verbFiles = nil
				for _, n := range []string{"PETR.Validate.verbs.2.0.txt", "PETR.Validate.verbs.txt"} {
					if p := filepath.Join(dicts, n); fileExists(p) {
						verbFiles = append(verbFiles, p)
					}
				}
				if len(verbFiles) == 0 {
					return fmt.Errorf("no PETR.Validate.verbs*.txt in %s", dicts)
				}
			}
			out := cmd.OutOrStdout()
			for i, vf := range verbFiles {
				pf := petrarchFlags{
					verbs:  vf,
					actors: []string{filepath.Join(dicts, "PETR.Validate.actors.txt")},
					agents: filepath.Join(dicts, "PETR.Validate.agents.txt"),
				}
				if p := filepath.Join(dicts, "PETR.Validate.discards.txt"); fileExists(p) {
					pf.discards = p
				}
				res, err := pf.load(log)
				if err != nil {
					return err
				}
				cfg := pipelineConfig{coder: coder.Config{DropNegated: !keepNegated, RequireDyad: true, KnownActorsOnly: true}, petrarch: res, beam: beam}
				produced, unparsed, err := codePetrarchRecords(cmd.Context(), cfg, recs, byText)
				if err != nil {
					return err
				}
				scored := recs
				if byText != nil {
					// Score only the records the parse file covers.
					scored, produced = parsedOnly(recs, produced)
				}
				if i > 0 {
					fmt.Fprintln(out)
				}
				fmt.Fprintf(out, "# %s: %d records; verbs %s\n", filepath.Base(records), len(recs), filepath.Base(vf))
				switch {
				case unparsed > 0 && byText != nil:
					fmt.Fprintf(out, "# %d records have no parse in %s (their text differs): not scored\n", unparsed, filepath.Base(parses))
				case unparsed > 0:
					fmt.Fprintf(out, "# %d records had no dependency parse and could not be coded\n", unparsed)
				}
				if err := evaluate.ScorePetrarch(scored, produced).WriteReport(out, verbose); err != nil {
					return err
				}
			}
			return nil
		},
	}
	fl := cmd.Flags()
	fl.StringVar(&records, "records", "", "records file (default DICTS/PETR.UnitTest.records.jsonl)")
	fl.StringVar(&dicts, "dicts", "", "folder of the PETR.Validate.* dictionaries (default: the folder of --records, else the shared eval/petrarch folder)")
	fl.StringVar(&verbs, "verbs", "", "verb dictionary (default: each PETR.Validate.verbs*.txt of --dicts)")
	fl.StringVar(&parses, "parses", "", "XML records file with CoNLL-U parses to use instead of petrel's parser")
	fl.BoolVarP(&verbose, "verbose", "v", false, "list every record's expected and produced events")
	fl.BoolVar(&keepNegated, "keep-negated", false, "keep events marked negated")
	fl.BoolVar(&beam, "beam", false, "parse with the beam-search parser (docs/nlp.md)")
	return cmd
}

// codePetrarchRecords codes every record as a one-sentence document dated
// with the record's date and returns the triples of each record. With
// byText, tokens and parses come from it instead of petrel's pipeline;
// unparsed counts records without a parse.
func codePetrarchRecords(ctx context.Context, cfg pipelineConfig, recs []evaluate.PetrarchRecord, byText map[string][]doc.Token) (out [][]evaluate.Triple, unparsed int, err error) {
	var p *pipeline.Pipeline
	if byText == nil {
		if p, _, err = newPipeline(cfg); err != nil {
			return nil, 0, err
		}
	} else {
		times, err := timex.New()
		if err != nil {
			return nil, 0, fmt.Errorf("time expressions: %w", err)
		}
		k, cd, err := newRecognition(cfg)
		if err != nil {
			return nil, 0, err
		}
		p = pipeline.New(times, actors.New(k), cd)
	}
	for _, rec := range recs {
		pub, err := rec.Published()
		if err != nil {
			return nil, 0, err
		}
		d := &doc.Doc{ID: rec.ID, Text: normSpace(rec.Text), Published: pub, Lang: "en"}
		if byText != nil {
			toks, ok := byText[d.Text]
			if !ok || !alignTokens(d, toks) {
				unparsed++
				out = append(out, nil)
				continue
			}
		}
		if err := p.Process(ctx, d); err != nil {
			return nil, 0, fmt.Errorf("record %s: %w", rec.ID, err)
		}
		if byText == nil && !hasParse(d) {
			unparsed++
		}
		tr := evaluate.EventTriples(d.Events)
		if tr == nil {
			tr = []evaluate.Triple{}
		}
		out = append(out, tr)
	}
	return out, unparsed, nil
}

// parsedOnly keeps the records that were coded (a nil triple list marks
// a record without a parse).
func parsedOnly(recs []evaluate.PetrarchRecord, produced [][]evaluate.Triple) ([]evaluate.PetrarchRecord, [][]evaluate.Triple) {
	var rs []evaluate.PetrarchRecord
	var ps [][]evaluate.Triple
	for i, r := range recs {
		if produced[i] != nil {
			rs = append(rs, r)
			ps = append(ps, produced[i])
		}
	}
	return rs, ps
}

func hasParse(d *doc.Doc) bool {
	for _, t := range d.Tokens {
		if t.DepRel != "" {
			return true
		}
	}
	return false
}

func normSpace(s string) string { return strings.Join(strings.Fields(s), " ") }

func fileExists(p string) bool {
	st, err := os.Stat(p)
	return err == nil && !st.IsDir()
}

// findSharedDir returns $PETREL_SHARED/elem... or the shared/elem... folder
// beside an ancestor of the working directory, or "".
func findSharedDir(elem ...string) string {
	if d := os.Getenv("PETREL_SHARED"); d != "" {
		p := filepath.Join(append([]string{d}, elem...)...)
		if st, err := os.Stat(p); err == nil && st.IsDir() {
			return p
		}
	}
	dir, err := os.Getwd()
	if err != nil {
		return ""
	}
	for {
		p := filepath.Join(append([]string{dir, "shared"}, elem...)...)
		if st, err := os.Stat(p); err == nil && st.IsDir() {
			return p
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return ""
		}
		dir = parent
	}
}

// readCoNLLUXML reads the <Sentence> elements of a PETRARCH XML records
// file with <Text> and a CoNLL-U <Parse>, keyed by their text with white
// space normalised. UD v1 relations are mapped to UD v2.
func readCoNLLUXML(path string) (map[string][]doc.Token, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	dec := xml.NewDecoder(bufio.NewReader(f))
	dec.Strict = false
	type sentence struct {
		ID    string `xml:"id,attr"`
		Text  string `xml:"Text"`
		Parse string `xml:"Parse"`
	}
	out := map[string][]doc.Token{}
	for {
		tok, err := dec.Token()
		if err == io.EOF {
			break
		}
		if err != nil {
			return nil, fmt.Errorf("%s: %w", path, err)
		}
		se, ok := tok.(xml.StartElement)
		if !ok || se.Name.Local != "Sentence" {
			continue
		}
		var s sentence
		if err := dec.DecodeElement(&s, &se); err != nil {
			return nil, fmt.Errorf("%s: %w", path, err)
		}
		toks, err := parseCoNLLU(s.Parse)
		if err != nil || len(toks) == 0 {
			continue
		}
		out[normSpace(s.Text)] = toks
	}
	return out, nil
}

// parseCoNLLU reads the token lines of one CoNLL-U sentence (multi-word
// token ranges and empty nodes skipped) with UD v1 labels mapped to v2.
func parseCoNLLU(s string) ([]doc.Token, error) {
	var out []doc.Token
	for _, line := range strings.Split(s, "\n") {
		line = strings.TrimSpace(line)
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		f := strings.Split(line, "\t")
		if len(f) < 8 {
			f = strings.Fields(line)
		}
		if len(f) < 8 || strings.ContainsAny(f[0], "-.") {
			continue
		}
		head, err := strconv.Atoi(f[6])
		if err != nil {
			return nil, fmt.Errorf("bad head in %q", line)
		}
		t := doc.Token{Text: f[1], Lemma: f[2], UPOS: f[3], XPOS: f[4], Head: head, DepRel: f[7]}
		out = append(out, t)
	}
	for i := range out {
		out[i].DepRel, out[i].UPOS = udv2(out, i)
	}
	return out, nil
}

// udv2 maps a UD v1 relation (and the tag of auxiliaries) to UD v2.
func udv2(toks []doc.Token, i int) (rel, upos string) {
	t := toks[i]
	rel, upos = t.DepRel, t.UPOS
	headPOS := ""
	if t.Head > 0 && t.Head <= len(toks) {
		headPOS = toks[t.Head-1].UPOS
	}
	switch rel {
	case "dobj":
		rel = "obj"
	case "nsubjpass":
		rel = "nsubj:pass"
	case "csubjpass":
		rel = "csubj:pass"
	case "auxpass":
		rel = "aux:pass"
	case "neg":
		rel = "advmod"
	case "mwe":
		rel = "fixed"
	case "name":
		rel = "flat"
	case "foreign":
		rel = "flat:foreign"
	case "nmod:agent":
		rel = "obl:agent"
	case "nmod", "nmod:tmod", "nmod:npmod":
		if headPOS == "VERB" || headPOS == "ADJ" || headPOS == "AUX" || headPOS == "ADV" {
			rel = strings.Replace(rel, "nmod", "obl", 1)
		}
	}
	if (rel == "aux" || rel == "aux:pass" || rel == "cop") && upos == "VERB" {
		upos = "AUX"
	}
	return rel, upos
}

// alignTokens gives the tokens their byte spans in d.Text and makes d one
// sentence of them; it fails when a token cannot be found in order.
func alignTokens(d *doc.Doc, toks []doc.Token) bool {
	off := 0
	out := make([]doc.Token, len(toks))
	for i, t := range toks {
		j := strings.Index(d.Text[off:], t.Text)
		if j < 0 || strings.TrimSpace(d.Text[off:off+j]) != "" {
			return false
		}
		t.Start, t.End = off+j, off+j+len(t.Text)
		t.Sentence = 0
		off = t.End
		out[i] = t
	}
	d.Tokens = out
	d.Sentences = []doc.Sentence{{Span: doc.Span{Start: 0, End: len(d.Text)}, TokenStart: 0, TokenEnd: len(out)}}
	return true
}
