package main

import (
	"bufio"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"github.com/spf13/cobra"

	"github.com/petrel-events/petrel/doc"
	"github.com/petrel-events/petrel/nlp/conllu"
	"github.com/petrel-events/petrel/nlp/model"
	"github.com/petrel-events/petrel/nlp/tokenize"
)

func newParseCmd() *cobra.Command {
	var (
		conlluIn  bool
		baseAgree bool
		minAgree  int
		modelPath string
		bm        beamFlags
		ens       ensembleFlags
	)
	cmd := &cobra.Command{
		Use: "parse [PATH|-]...",
		Example: `  petrel parse article.txt > article.conllu
  echo "The minister resigned on Friday." | petrel parse
  petrel parse --conllu-in gold.conllu > predicted.conllu`,
		Short: "Tag, lemmatise and parse text into CoNLL-U",
		Long: `Parse reads raw text (a file, or standard input with "-" or no argument),
splits it into sentences and words, and writes CoNLL-U with lemmas, UPOS and Penn
XPOS tags, morphological features and Universal Dependencies trees.

With --conllu-in the input is CoNLL-U: its sentences and words are kept and the
other columns are predicted.

With --min-agree N (and the ensemble), only the sentences on which at least N
parsers gave every word the head and label of the combined tree are written,
each with "agree" and "base_agree" comments; --base-agree keeps only those
whose combined tree is the base parser's tree. This makes automatically parsed
training sentences for petrel train --extra-conllu (uptraining; see
docs/nlp.md). Several raw-text files are parsed one after the other, each a
document, their sentence ids prefixed with the file's name.`,
		RunE: func(cmd *cobra.Command, args []string) error {
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
			filter := minAgree > 0 || baseAgree
			if filter && m.Parsers() < 2 {
				return fmt.Errorf("parse: --min-agree and --base-agree need the ensemble (--ensemble or --member)")
			}
			w := bufio.NewWriter(cmd.OutOrStdout())
			defer w.Flush()
			if len(args) > 1 {
				if conlluIn {
					return fmt.Errorf("parse: --conllu-in reads one file")
				}
				for _, path := range args {
					text, err := os.ReadFile(path)
					if err != nil {
						return fmt.Errorf("parse: %w", err)
					}
					prefix := strings.TrimSuffix(filepath.Base(path), filepath.Ext(path)) + "-"
					if err := parseText(cmd, m, w, string(text), prefix, filter, minAgree, baseAgree); err != nil {
						return err
					}
				}
				return nil
			}
			if len(args) == 0 || args[0] == "-" {
				stdinHint(cmd)
			}
			in, closeIn, err := openInput(cmd.InOrStdin(), args)
			if err != nil {
				return err
			}
			defer closeIn()
			if conlluIn {
				r := conllu.NewReader(in)
				for {
					s, err := r.Next()
					if err == io.EOF {
						return nil
					}
					if err != nil {
						return err
					}
					if filter {
						if !annotateAgree(m, s, minAgree, baseAgree) {
							continue
						}
					} else {
						m.AnnotateCoNLLU(s)
					}
					if err := conllu.Write(w, s); err != nil {
						return err
					}
				}
			}
			text, err := io.ReadAll(in)
			if err != nil {
				return fmt.Errorf("parse: %w", err)
			}
			return parseText(cmd, m, w, string(text), "", filter, minAgree, baseAgree)
		},
	}
	cmd.Flags().BoolVar(&conlluIn, "conllu-in", false, "read CoNLL-U and keep its tokenization and sentence split")
	cmd.Flags().IntVar(&minAgree, "min-agree", 0, "with the ensemble, write only sentences on which at least this many parsers gave every word its head and label")
	cmd.Flags().BoolVar(&baseAgree, "base-agree", false, "with the ensemble, write only sentences whose combined tree is the base parser's tree")
	cmd.Flags().StringVar(&modelPath, "model", "", "model file (default: the embedded model)")
	bm.register(cmd)
	ens.register(cmd)
	return cmd
}

// parseText tokenizes and parses one raw text as a document and writes
// its sentences, their ids prefixed with prefix; with filter, only those
// kept by annotateAgree.
func parseText(cmd *cobra.Command, m *model.Model, w io.Writer, text, prefix string, filter bool, minAgree int, baseAgree bool) error {
	d := &doc.Doc{ID: "input", Text: text}
	tokenize.New().Process(d)
	if !filter {
		if err := m.Process(cmd.Context(), d); err != nil {
			return err
		}
		return conllu.WriteAll(w, conllu.FromDoc(d, prefix))
	}
	for _, s := range conllu.FromDoc(d, prefix) {
		if err := cmd.Context().Err(); err != nil {
			return err
		}
		if !annotateAgree(m, s, minAgree, baseAgree) {
			continue
		}
		if err := conllu.Write(w, s); err != nil {
			return err
		}
	}
	return nil
}

// annotateAgree annotates s like AnnotateCoNLLU and reports whether the
// ensemble's parsers agreed enough on its tree: at least minAgree parsers
// on every word, and the base parser's tree when baseAgree is set. A kept
// sentence gets the comments "agree = MIN/PARSERS" and "base_agree = yes|no".
func annotateAgree(m *model.Model, s *conllu.Sentence, minAgree int, baseAgree bool) bool {
	forms := make([]string, len(s.Words))
	for i, w := range s.Words {
		forms[i] = w.Form
	}
	out, ag := m.AnnotateAgree(forms)
	if len(forms) == 0 || ag.Min < minAgree || (baseAgree && !ag.Base) {
		return false
	}
	for i := range s.Words {
		w := &s.Words[i]
		a := out[i]
		w.Lemma, w.UPOS, w.XPOS, w.Feats, w.Head, w.DepRel = a.Lemma, a.UPOS, a.XPOS, a.Feats, a.Head, a.DepRel
		w.Deps = "_"
	}
	base := "no"
	if ag.Base {
		base = "yes"
	}
	s.Comments = append(s.Comments, fmt.Sprintf("agree = %d/%d", ag.Min, ag.Parsers), "base_agree = "+base)
	return true
}

// openInput opens the file named by args, or stdin for none or "-".
func openInput(stdin io.Reader, args []string) (io.Reader, func(), error) {
	if len(args) == 0 || args[0] == "-" {
		return stdin, func() {}, nil
	}
	f, err := os.Open(args[0])
	if err != nil {
		return nil, nil, err
	}
	return f, func() { f.Close() }, nil
}

// loadModel reads a model file, or the embedded model when path is "".
func loadModel(path string) (*model.Model, error) {
	if path == "" {
		return model.Load()
	}
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	return model.Read(bufio.NewReader(f))
}

// ensembleFlags selects the reparsing ensemble (see docs/nlp.md):
// --ensemble adds the embedded members to the model's parser, --member
// adds member files instead.
type ensembleFlags struct {
	on      bool
	members []string
}

func (e *ensembleFlags) register(cmd *cobra.Command) {
	cmd.Flags().BoolVar(&e.on, "ensemble", false, "parse with the reparsing ensemble (the model's parser and the embedded members vote on arcs; slower)")
	cmd.Flags().StringArrayVar(&e.members, "member", nil, "ensemble member file (repeatable; replaces the embedded members, implies --ensemble)")
}

// apply returns m with the selected ensemble members, or m itself.
func (e *ensembleFlags) apply(m *model.Model) (*model.Model, error) {
	if len(e.members) == 0 {
		if !e.on {
			return m, nil
		}
		ms, err := m.EmbeddedMembers()
		if err != nil {
			return nil, err
		}
		return m.WithMembers(ms...)
	}
	var ms []*model.Member
	for _, path := range e.members {
		mb, err := readMemberFile(path)
		if err != nil {
			return nil, err
		}
		ms = append(ms, mb)
	}
	return m.WithMembers(ms...)
}

// readMemberFile reads an ensemble member or parser file (petrel train
// --member), naming the file in its error.
func readMemberFile(path string) (*model.Member, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	mb, err := model.ReadMember(bufio.NewReader(f))
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return mb, nil
}

// beamFlags selects the beam-search parser (see docs/nlp.md): --beam
// replaces the model's greedy parser with the embedded beam parser,
// --beam-parser with a parser file written by petrel train --beam K
// --member; --beam-width changes the decoding width of whichever parser
// is used.
type beamFlags struct {
	on    bool
	file  string
	width int
}

func (b *beamFlags) register(cmd *cobra.Command) {
	cmd.Flags().BoolVar(&b.on, "beam", false, "parse with the embedded beam-search parser (more accurate trees, slower)")
	cmd.Flags().StringVar(&b.file, "beam-parser", "", "parser file to use instead of the model's (e.g. from petrel train --beam K --member; implies --beam)")
	cmd.Flags().IntVar(&b.width, "beam-width", 0, "decoding beam width of the parser and of beam-search ensemble members (default: their own; 1 is greedy)")
}

// apply returns m with the selected parser and width, or m itself.
func (b *beamFlags) apply(m *model.Model) (*model.Model, error) {
	var p *model.Member
	var err error
	switch {
	case b.file != "":
		if p, err = readMemberFile(b.file); err != nil {
			return nil, err
		}
	case b.on:
		if p, err = m.BeamParser(); err != nil {
			return nil, err
		}
	}
	if p != nil {
		if m, err = m.WithParser(p); err != nil {
			return nil, err
		}
	}
	if b.width > 0 {
		m = m.WithBeam(b.width)
	}
	return m, nil
}
