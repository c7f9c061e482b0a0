// Package demo holds the demo corpus of `petrel serve --demo`: short
// wire-style reports of real, well-documented public events, written for
// petrel in its own words (see docs/demo.md).
//
// Each article is a text file in articles/ with a header of "key: value"
// lines (title, published, source, url), a line "---", and the text.
package demo

import (
	"bufio"
	"embed"
	"fmt"
	"io/fs"
	"path"
	"slices"
	"strings"

	"github.com/petrel-events/petrel/doc"
)

//go:embed articles/*.txt
var articles embed.FS

// Docs returns the demo articles as documents, in file name order.
func Docs() ([]*doc.Doc, error) {
	return Parse(articles, "articles")
}

// Parse reads every .txt article under dir of fsys.
func Parse(fsys fs.FS, dir string) ([]*doc.Doc, error) {
	names, err := fs.Glob(fsys, path.Join(dir, "*.txt"))
	if err != nil {
		return nil, err
	}
	slices.Sort(names)
	var docs []*doc.Doc
	for _, name := range names {
		b, err := fs.ReadFile(fsys, name)
		if err != nil {
			return nil, err
		}
		d, err := parseArticle(string(b))
		if err != nil {
			return nil, fmt.Errorf("%s: %w", name, err)
		}
		d.ID = "demo-" + strings.TrimSuffix(path.Base(name), ".txt")
		d.Origin = name
		docs = append(docs, d)
	}
	return docs, nil
}

func parseArticle(s string) (*doc.Doc, error) {
	head, body, ok := strings.Cut(s, "\n---\n")
	if !ok {
		return nil, fmt.Errorf("no --- line between the header and the text")
	}
	d := &doc.Doc{Lang: "en"}
	sc := bufio.NewScanner(strings.NewReader(head))
	line := 0
	for sc.Scan() {
		line++
		l := strings.TrimSpace(sc.Text())
		if l == "" || strings.HasPrefix(l, "#") {
			continue
		}
		k, v, ok := strings.Cut(l, ":")
		if !ok {
			return nil, fmt.Errorf("line %d: want key: value", line)
		}
		v = strings.TrimSpace(v)
		switch strings.TrimSpace(k) {
		case "title":
			d.Title = v
		case "source":
			d.Source = v
		case "url":
			d.URL = v
		case "published":
			t, err := doc.ParseTime(v)
			if err != nil {
				return nil, fmt.Errorf("line %d: %w", line, err)
			}
			d.Published = t
		default:
			return nil, fmt.Errorf("line %d: unknown key %q", line, k)
		}
	}
	if d.Title == "" || !d.Published.Known() {
		return nil, fmt.Errorf("title and published are required")
	}
	d.Text = strings.TrimSpace(body) + "\n"
	return d, nil
}
