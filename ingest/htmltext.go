package ingest

import (
	"strings"
	"unicode"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// blockElements start and end a paragraph.
var blockElements = map[atom.Atom]bool{
	atom.Address: true, atom.Article: true, atom.Blockquote: true, atom.Body: true,
	atom.Caption: true, atom.Dd: true, atom.Details: true, atom.Dialog: true,
	atom.Div: true, atom.Dl: true, atom.Dt: true, atom.Fieldset: true,
	atom.H1: true, atom.H2: true, atom.H3: true, atom.H4: true, atom.H5: true, atom.H6: true,
	atom.Header: true, atom.Hgroup: true, atom.Hr: true, atom.Li: true, atom.Main: true,
	atom.Ol: true, atom.P: true, atom.Pre: true, atom.Section: true, atom.Summary: true,
	atom.Table: true, atom.Tbody: true, atom.Thead: true, atom.Tfoot: true, atom.Tr: true,
	atom.Ul: true,
}

// skippedElements are dropped with their content: code, media, forms,
// and page furniture (navigation, asides, footers, figures and captions).
var skippedElements = map[atom.Atom]bool{
	atom.Script: true, atom.Style: true, atom.Noscript: true, atom.Template: true,
	atom.Svg: true, atom.Math: true, atom.Iframe: true, atom.Object: true,
	atom.Embed: true, atom.Canvas: true, atom.Button: true, atom.Select: true,
	atom.Input: true, atom.Textarea: true, atom.Form: true, atom.Head: true,
	atom.Title: true, atom.Figure: true, atom.Figcaption: true, atom.Img: true,
	atom.Picture: true, atom.Video: true, atom.Audio: true, atom.Nav: true,
	atom.Aside: true, atom.Footer: true, atom.Menu: true,
}

// boilerplateWords are words of class and id attributes that mark page
// furniture left inside an article: share bars, related links, ads,
// newsletter prompts, comments. An element so marked is dropped unless it
// holds half the text or more (a wrapper named "story has-related-links").
var boilerplateWords = map[string]bool{
	"share": true, "sharing": true, "social": true, "related": true,
	"newsletter": true, "promo": true, "advert": true, "advertisement": true,
	"ad": true, "ads": true, "sponsored": true, "comment": true, "comments": true,
	"subscribe": true, "paywall": true, "breadcrumb": true, "breadcrumbs": true,
	"recirc": true, "byline": true, "dateline": true, "tags": true, "toolbar": true,
}

// consentWords mark cookie and consent banners, dropped whatever their size.
var consentWords = map[string]bool{
	"cookie": true, "cookies": true, "consent": true, "gdpr": true,
	"cookiebanner": true, "cmp": true,
}

// nodeText returns the text of an HTML tree with paragraphs (p, li,
// headings, blockquote, table rows ...) separated by a blank line and white
// space inside paragraphs collapsed; <br> is a line break, two of them a
// paragraph break. Elements whose class or id names page furniture are
// dropped unless they hold most of the text.
func nodeText(root *html.Node) string {
	total := textLen(root)
	b := textBuilder{}
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		switch n.Type {
		case html.TextNode:
			b.text(n.Data)
			return
		case html.ElementNode:
		case html.DocumentNode:
		default:
			return
		}
		if n.Type == html.ElementNode {
			if skippedElements[n.DataAtom] || hidden(n) {
				return
			}
			if words := boilerplate(n); words == 2 || words == 1 && textLen(n)*2 < total {
				return
			}
			switch n.DataAtom {
			case atom.Br:
				b.lineBreak()
				return
			case atom.Td, atom.Th:
				b.separate()
			case atom.Pre:
				b.paragraph()
				b.pre++
				defer func() { b.pre--; b.paragraph() }()
			}
		}
		block := n.Type == html.ElementNode && blockElements[n.DataAtom]
		if block {
			b.paragraph()
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
		if block {
			b.paragraph()
		}
	}
	walk(root)
	b.paragraph()
	return strings.Join(b.paras, "\n\n")
}

// textLen returns the number of non-space bytes of text under n.
func textLen(n *html.Node) int {
	if n.Type == html.TextNode {
		c := 0
		for _, r := range n.Data {
			if !unicode.IsSpace(r) {
				c++
			}
		}
		return c
	}
	if n.Type == html.ElementNode && skippedElements[n.DataAtom] {
		return 0
	}
	c := 0
	for k := n.FirstChild; k != nil; k = k.NextSibling {
		c += textLen(k)
	}
	return c
}

// boilerplate tells whether n's class, id or role names page furniture:
// 2 for a consent banner or a dialog, 1 for other furniture, 0 for none.
func boilerplate(n *html.Node) int {
	kind := 0
	for _, a := range n.Attr {
		switch a.Key {
		case "class", "id":
			for _, w := range strings.FieldsFunc(strings.ToLower(a.Val), func(r rune) bool {
				return !unicode.IsLetter(r) && !unicode.IsDigit(r)
			}) {
				if consentWords[w] {
					return 2
				}
				if boilerplateWords[w] {
					kind = 1
				}
			}
		case "role":
			switch strings.ToLower(a.Val) {
			case "dialog", "alertdialog":
				return 2
			case "navigation", "complementary", "banner", "contentinfo", "menu":
				kind = 1
			}
		}
	}
	return kind
}

// hidden reports whether n is hidden from readers.
func hidden(n *html.Node) bool {
	for _, a := range n.Attr {
		switch a.Key {
		case "hidden":
			return true
		case "aria-hidden":
			if a.Val == "true" {
				return true
			}
		case "style":
			s := strings.ToLower(strings.ReplaceAll(a.Val, " ", ""))
			if strings.Contains(s, "display:none") || strings.Contains(s, "visibility:hidden") {
				return true
			}
		}
	}
	return false
}

// textBuilder assembles paragraphs from text nodes.
type textBuilder struct {
	paras []string
	cur   strings.Builder
	space bool // a space is pending before the next word
	pre   int  // inside <pre>: keep white space
}

func (b *textBuilder) text(s string) {
	if b.pre > 0 {
		b.cur.WriteString(s)
		return
	}
	for _, r := range s {
		if unicode.IsSpace(r) {
			b.space = true
			continue
		}
		if b.space && b.cur.Len() > 0 && !strings.HasSuffix(b.cur.String(), "\n") {
			b.cur.WriteByte(' ')
		}
		b.space = false
		b.cur.WriteRune(r)
	}
}

// separate separates what follows (a table cell) from what precedes.
func (b *textBuilder) separate() { b.space = true }

// lineBreak ends a line inside a paragraph.
func (b *textBuilder) lineBreak() {
	b.cur.WriteByte('\n')
	b.space = false
}

// paragraph ends the current paragraph. Blank lines inside it (from two
// <br>) split it in several.
func (b *textBuilder) paragraph() {
	s := b.cur.String()
	b.cur.Reset()
	b.space = false
	var lines []string
	flush := func() {
		if len(lines) > 0 {
			b.paras = append(b.paras, strings.Join(lines, "\n"))
			lines = lines[:0]
		}
	}
	for _, line := range strings.Split(s, "\n") {
		line = strings.TrimRightFunc(line, unicode.IsSpace)
		if b.pre == 0 {
			line = strings.TrimSpace(line)
		}
		if strings.TrimSpace(line) == "" {
			flush()
			continue
		}
		lines = append(lines, line)
	}
	flush()
}
