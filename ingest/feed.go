package ingest

import (
	"bufio"
	"bytes"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"
	"time"

	"github.com/mmcdole/gofeed"
	"golang.org/x/net/html"

	"github.com/petrel-events/petrel/doc"
)

// readFeed reads an RSS or Atom feed: one document per item.
func (rs *readState) readFeed(name string, br *bufio.Reader) error {
	max := rs.r.maxDoc() * feedSizeFactor
	lr := &capReader{r: br, n: max}
	// The feed is read whole (the parser would hold it all anyway) so that
	// the items before a syntax error or a cut can be recovered.
	b, err := io.ReadAll(lr)
	if lr.over {
		rs.fail(name, fmt.Errorf("feed %w: more than %s (%d × MaxDocBytes)", ErrTooLarge, formatBytes(max), feedSizeFactor))
		return nil
	}
	var feed *gofeed.Feed
	if err == nil {
		feed, err = parseFeed(bytes.NewReader(b))
	}
	var damaged error
	if err != nil {
		feed = salvageFeed(b, err)
		if feed == nil {
			rs.fail(name, fmt.Errorf("feed: %w", err))
			return nil
		}
		damaged = fmt.Errorf("feed: %w (after item %d; the items before it were read, the rest of the feed skipped)", err, len(feed.Items))
	}
	if len(feed.Items) == 0 {
		rs.fail(name, ErrNoItems)
		return nil
	}
	if damaged != nil {
		defer rs.fail(name, damaged)
	}
	for i, it := range feed.Items {
		rec := strconv.Itoa(i + 1)
		d, err := feedItem(feed, it)
		if err == nil {
			d.Origin = name + "#" + rec
			err = rs.send(d)
		}
		if err := rs.recordErr(name, 0, rec, err); err != nil {
			return err
		}
		feed.Items[i] = nil // let the item be collected
	}
	return nil
}

// salvageFeed recovers the complete items of a feed that failed to parse
// with err (an XML syntax error, a cut): it cuts b after an item that ends
// before the error's line (anywhere in b when the error has no line or is on
// line 1), closes the feed and parses it again, trying the last few item ends
// from the latest back. It returns nil when nothing can be recovered.
func salvageFeed(b []byte, err error) *gofeed.Feed {
	head := b
	var se *xml.SyntaxError
	if errors.As(err, &se) && se.Line > 1 {
		off := 0
		for line := 1; line < se.Line; line++ {
			k := bytes.IndexByte(b[off:], '\n')
			if k < 0 {
				break
			}
			off += k + 1
		}
		head = b[:off]
	}
	closing := "</channel></rss>"
	tag := []byte("</item>")
	switch {
	case bytes.Contains(head, []byte("<rdf:RDF")):
		closing = "</rdf:RDF>" // RSS 1.0: items follow the channel
	case !bytes.Contains(head, tag) && bytes.Contains(head, []byte("</entry>")):
		closing, tag = "</feed>", []byte("</entry>")
	}
	for try := 0; try < 8; try++ {
		k := bytes.LastIndex(head, tag)
		if k < 0 {
			return nil
		}
		head = head[:k]
		fixed := append(append(bytes.Clone(b[:k+len(tag)]), '\n'), closing...)
		if feed, perr := parseFeed(bytes.NewReader(fixed)); perr == nil && len(feed.Items) > 0 {
			return feed
		}
	}
	return nil
}

// parseFeed parses a feed, turning a panic in the parser into an error.
func parseFeed(r io.Reader) (feed *gofeed.Feed, err error) {
	defer func() {
		if p := recover(); p != nil {
			feed, err = nil, fmt.Errorf("internal error in feed parser: %v", p)
		}
	}()
	return gofeed.NewParser().Parse(r)
}

// feedItem turns a feed item into a document.
func feedItem(feed *gofeed.Feed, it *gofeed.Item) (*doc.Doc, error) {
	if it == nil {
		return nil, errors.New("empty item")
	}
	body := it.Content
	if strings.TrimSpace(body) == "" {
		body = it.Description
	}
	text, err := htmlFragmentText(body)
	if err != nil {
		return nil, err
	}
	if strings.TrimSpace(text) == "" {
		return nil, fmt.Errorf("item %q has %w: no content or description", abbreviate([]byte(it.Title), 60), ErrNoText)
	}
	d := &doc.Doc{
		ID:     strings.TrimSpace(it.GUID),
		URL:    strings.TrimSpace(it.Link),
		Title:  strings.TrimSpace(it.Title),
		Source: strings.TrimSpace(feed.Title),
		Lang:   feed.Language,
		Text:   text,
	}
	if d.ID == "" && d.URL != "" {
		d.ID = HashID(d.URL)
	}
	if d.Source == "" {
		d.Source = Host(d.URL)
	}
	var names []string
	for _, a := range it.Authors {
		if a != nil && strings.TrimSpace(a.Name) != "" {
			names = append(names, strings.TrimSpace(a.Name))
		}
	}
	d.Byline = strings.Join(names, ", ")
	d.Published = feedTime(it.Published, it.PublishedParsed)
	if !d.Published.Known() {
		d.Published = feedTime(it.Updated, it.UpdatedParsed)
	}
	if len(it.Categories) > 0 {
		d.Meta = map[string]any{"categories": it.Categories}
	}
	return d, nil
}

// htmlFragmentText returns the text of an HTML fragment with paragraphs
// kept, as nodeText does. Plain text passes through with its line breaks.
func htmlFragmentText(s string) (string, error) {
	if !strings.Contains(s, "<") && !strings.Contains(s, "&") {
		return strings.TrimSpace(normalizeNewlines(s)), nil
	}
	root, err := html.Parse(strings.NewReader(s))
	if err != nil {
		return "", fmt.Errorf("parse item HTML: %w", err)
	}
	return nodeText(root), nil
}

// capReader reads at most n bytes from r and then fails, setting over.
type capReader struct {
	r    io.Reader
	n    int64
	over bool
}

func (c *capReader) Read(p []byte) (int, error) {
	if c.n <= 0 {
		// Look for one more byte to tell an exact fit from an overflow.
		var one [1]byte
		if k, _ := c.r.Read(one[:]); k > 0 {
			c.over = true
			return 0, ErrTooLarge
		}
		return 0, io.EOF
	}
	if int64(len(p)) > c.n {
		p = p[:c.n]
	}
	k, err := c.r.Read(p)
	c.n -= int64(k)
	return k, err
}

// feedTime returns the time of a feed field: raw as doc.ParseTime reads it,
// keeping its zone offset, else as the feed parser read it.
func feedTime(raw string, parsed *time.Time) doc.Time {
	if t, err := doc.ParseTime(strings.TrimSpace(raw)); err == nil {
		return t
	}
	if parsed != nil {
		return doc.Time{Time: *parsed}
	}
	return doc.Time{}
}
