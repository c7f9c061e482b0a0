package ingest

import (
	"bufio"
	"bytes"
	"fmt"
	"io"
	"net/url"
	"strings"

	readability "codeberg.org/readeck/go-readability/v2"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
	"golang.org/x/net/html/charset"

	"github.com/petrel-events/petrel/doc"
)

// readHTMLFile reads one HTML page.
func (rs *readState) readHTMLFile(name string, br *bufio.Reader) error {
	b, err := readAllMax(br, rs.r.maxDoc())
	if err != nil {
		rs.fail(name, err)
		return nil
	}
	d, err := extractHTML(b, "", "")
	if err == nil {
		d.Origin = name
		err = rs.send(d)
	}
	return rs.recordErr(name, 0, "", err)
}

// maxHTMLElements bounds the elements of a page: readability's running time
// grows faster than linearly with it, and news pages have far fewer.
const maxHTMLElements = 100_000

// extractHTML returns the article in the HTML page b as a document, found
// with readability. contentType is the HTTP Content-Type, if known, for the
// character set; pageURL is the address the page was fetched from, if known.
func extractHTML(b []byte, contentType, pageURL string) (d *doc.Doc, err error) {
	defer func() {
		if p := recover(); p != nil {
			d, err = nil, fmt.Errorf("internal error while extracting HTML: %v", p)
		}
	}()
	if i := bytes.IndexByte(b, 0); i >= 0 && bytes.Count(b, []byte{0}) > len(b)/100 {
		return nil, fmt.Errorf("%w: NUL bytes in HTML at %s", ErrBinary, position(b, i))
	}
	var in io.Reader = bytes.NewReader(b)
	if enc, name, _ := charset.DetermineEncoding(b, contentType); name != "utf-8" {
		in = enc.NewDecoder().Reader(in)
	}
	root, err := html.Parse(in)
	if err != nil {
		return nil, fmt.Errorf("parse HTML: %w", err)
	}
	meta := pageMetadata(root)
	base, _ := url.Parse(pageURL)
	if meta.canonical != "" {
		if c, err := resolve(base, meta.canonical); err == nil {
			meta.canonical = c
		}
	}
	if base == nil || base.Host == "" {
		base, _ = url.Parse(meta.canonical)
	}
	if base != nil && base.Host == "" {
		base = nil
	}
	parser := readability.NewParser()
	parser.KeepClasses = true // for boilerplate
	parser.MaxElemsToParse = maxHTMLElements
	article, err := parser.ParseAndMutate(root, base)
	if err != nil {
		return nil, fmt.Errorf("readability: %w", err)
	}
	if article.Node == nil {
		return nil, ErrNoArticle
	}
	text := nodeText(article.Node)
	if strings.TrimSpace(text) == "" {
		return nil, ErrNoArticle
	}
	d = &doc.Doc{
		URL:    meta.canonical,
		Title:  strings.TrimSpace(article.Title()),
		Byline: strings.TrimSpace(article.Byline()),
		Lang:   meta.lang,
		Text:   text,
	}
	if d.Lang == "" {
		d.Lang = article.Language()
	}
	if d.Title == "" {
		d.Title = meta.title
	}
	d.Published = meta.published
	if !d.Published.Known() {
		if t, err := article.PublishedTime(); err == nil && !t.IsZero() {
			d.Published = doc.Time{Time: t}
		}
	}
	if !d.Published.Known() {
		d.Published = meta.timeElement
	}
	return d, nil
}

// resolve resolves ref against base (which may be nil).
func resolve(base *url.URL, ref string) (string, error) {
	u, err := url.Parse(strings.TrimSpace(ref))
	if err != nil {
		return "", err
	}
	if base != nil {
		u = base.ResolveReference(u)
	}
	return u.String(), nil
}

// metadata is what pageMetadata finds in a page before readability runs.
type metadata struct {
	lang        string
	canonical   string
	title       string
	published   doc.Time // from <meta>
	timeElement doc.Time // from <time datetime>
}

// publishedMeta are <meta> names and properties (lower case) that carry the
// publication time, in order of preference.
var publishedMeta = []string{
	"article:published_time", "og:article:published_time", "datepublished",
	"pubdate", "publishdate", "publish-date", "dc.date.issued", "dcterms.issued",
}

// pageMetadata collects the language, canonical URL, <title>, and the
// publication times from <meta> and <time> elements.
func pageMetadata(root *html.Node) metadata {
	var m metadata
	metaTimes := map[string]string{}
	var ogURL, firstTime, pubTime string
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.ElementNode {
			switch n.DataAtom {
			case atom.Html:
				m.lang = attr(n, "lang")
				if m.lang == "" {
					m.lang = attr(n, "xml:lang")
				}
			case atom.Link:
				for _, rel := range strings.Fields(strings.ToLower(attr(n, "rel"))) {
					if rel == "canonical" && m.canonical == "" {
						m.canonical = attr(n, "href")
					}
				}
			case atom.Meta:
				key := strings.ToLower(strings.TrimSpace(attr(n, "property")))
				if key == "" {
					key = strings.ToLower(strings.TrimSpace(attr(n, "name")))
				}
				if key == "" {
					key = strings.ToLower(strings.TrimSpace(attr(n, "itemprop")))
				}
				content := strings.TrimSpace(attr(n, "content"))
				if key == "og:url" && ogURL == "" {
					ogURL = content
				}
				if _, ok := metaTimes[key]; !ok && content != "" {
					metaTimes[key] = content
				}
			case atom.Title:
				if m.title == "" && n.FirstChild != nil {
					m.title = strings.TrimSpace(n.FirstChild.Data)
				}
			case atom.Time:
				dt := strings.TrimSpace(attr(n, "datetime"))
				if dt != "" {
					if firstTime == "" {
						firstTime = dt
					}
					if pubTime == "" && (strings.EqualFold(attr(n, "itemprop"), "datePublished") || hasAttr(n, "pubdate")) {
						pubTime = dt
					}
				}
			case atom.Svg, atom.Script, atom.Style:
				return
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(root)
	if m.canonical == "" {
		m.canonical = ogURL
	}
	for _, k := range publishedMeta {
		if v, ok := metaTimes[k]; ok {
			if t, err := doc.ParseTime(v); err == nil {
				m.published = t
				break
			}
		}
	}
	for _, v := range []string{pubTime, firstTime} {
		if v == "" {
			continue
		}
		if t, err := doc.ParseTime(v); err == nil {
			m.timeElement = t
			break
		}
	}
	return m
}

func attr(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if a.Key == key {
			return a.Val
		}
	}
	return ""
}

func hasAttr(n *html.Node, key string) bool {
	for _, a := range n.Attr {
		if a.Key == key {
			return true
		}
	}
	return false
}
