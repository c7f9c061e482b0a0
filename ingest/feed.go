package ingest

import (
	"bufio"
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
	feed, err := parseFeed(lr)
	if lr.over {
		rs.fail(name, fmt.Errorf("feed %w: more than %s (%d × MaxDocBytes)", ErrTooLarge, formatBytes(max), feedSizeFactor))
		return nil
	}
	if err != nil {
		rs.fail(name, fmt.Errorf("feed: %w", err))
		return nil
	}
	if len(feed.Items) == 0 {
		rs.fail(name, ErrNoItems)
		return nil
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
