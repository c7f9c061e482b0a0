package main

import (
	"fmt"
	"strings"
	"time"

	"github.com/spf13/cobra"

	"github.com/petrel-events/petrel/doc"
	"github.com/petrel-events/petrel/nlp/conllu"
	"github.com/petrel-events/petrel/nlp/tokenize"
	"github.com/petrel-events/petrel/nlp/udeval"
)

func newEvalUDCmd() *cobra.Command {
	var (
		raw       bool
		modelPath string
		bm        beamFlags
		ens       ensembleFlags
	)
	cmd := &cobra.Command{
		Use: "ud GOLD.conllu",
		Example: `  petrel eval ud ../shared/data/ud-english-ewt/en_ewt-ud-test.conllu
  petrel eval ud --raw ../shared/data/ud-english-ewt/en_ewt-ud-dev.conllu`,
		Short: "Score tagging, lemmas and parsing against a Universal Dependencies gold file",
		Long: `ud annotates the words of GOLD.conllu (gold tokenization and sentence split) and
reports UPOS, XPOS, UFeats, lemma accuracy, UAS and LAS. LAS compares the
universal part of the relation as the CoNLL 2018 shared task did; "LAS (full
labels)" compares full labels with subtypes.

With --raw, the text of GOLD.conllu (its "# text" comments; paragraphs and
documents separated by blank lines) is segmented and parsed from scratch and
scored with the CoNLL 2018 alignment: tokens, sentences, words and LAS F1.`,
		Args: cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			gold, err := conllu.ReadFile(args[0])
			if err != nil {
				return err
			}
			m, err := loadModel(modelPath)
			if err == nil {
				m, err = ens.apply(m)
			}
			if err == nil {
				m, err = bm.apply(m) // after the members: --beam-width applies to them too
			}
			if err != nil {
				return err
			}
			start := time.Now()
			var system []*conllu.Sentence
			if raw {
				d := &doc.Doc{ID: "gold", Text: rawText(gold)}
				tokenize.New().Process(d)
				if err := m.Process(cmd.Context(), d); err != nil {
					return err
				}
				system = conllu.FromDoc(d, "")
			} else {
				for _, g := range gold {
					s := &conllu.Sentence{Words: append([]conllu.Word(nil), g.Words...), Multi: g.Multi}
					m.AnnotateCoNLLU(s)
					system = append(system, s)
				}
			}
			elapsed := time.Since(start)
			r, err := udeval.Evaluate(gold, system)
			if err != nil {
				return err
			}
			out := cmd.OutOrStdout()
			fmt.Fprintf(out, "%-18s %9s %9s %9s\n", "Metric", "Precision", "Recall", "F1")
			for _, x := range r.Metrics() {
				fmt.Fprintf(out, "%-18s %9.2f %9.2f %9.2f\n", x.Name, 100*x.Score.Precision(), 100*x.Score.Recall(), 100*x.Score.F1())
			}
			fmt.Fprintf(out, "%d sentences annotated in %s (%.0f sentences/s, all stages, one goroutine)\n",
				len(gold), elapsed.Round(time.Millisecond), float64(len(gold))/elapsed.Seconds())
			return nil
		},
	}
	cmd.Flags().BoolVar(&raw, "raw", false, "parse from raw text (end to end) instead of gold words")
	cmd.Flags().StringVar(&modelPath, "model", "", "model file (default: the embedded model)")
	bm.register(cmd)
	ens.register(cmd)
	return cmd
}

// rawText rebuilds the running text of a CoNLL-U file from its "# text"
// comments: sentences joined by a space, paragraphs and documents by a
// blank line.
func rawText(ss []*conllu.Sentence) string {
	var b strings.Builder
	for i, s := range ss {
		if i > 0 {
			brk := " "
			for _, c := range s.Comments {
				if strings.HasPrefix(c, "newpar") || strings.HasPrefix(c, "newdoc") {
					brk = "\n\n"
				}
			}
			b.WriteString(brk)
		}
		b.WriteString(s.Text())
	}
	return b.String()
}
