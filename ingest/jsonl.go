package ingest

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/petrel-events/petrel/doc"
)

// readJSONL reads JSON lines: one object per line. A file whose first
// non-blank byte is '[' is read as a JSON array of objects instead.
func (rs *readState) readJSONL(name string, br *bufio.Reader) error {
	head, _ := br.Peek(sniffLen)
	trimmed := bytes.TrimLeft(bytes.TrimPrefix(head, utf8BOM), " \t\r\n")
	if len(trimmed) > 0 && trimmed[0] == '[' {
		return rs.readJSONValues(name, br)
	}
	if bytes.HasPrefix(head, utf8BOM) {
		br.Discard(len(utf8BOM))
	}
	max := rs.r.maxDoc()
	var buf []byte
	records := 0 // non-blank lines
	for line := 1; ; line++ {
		if err := rs.ctx.Err(); err != nil {
			return &stopError{err}
		}
		var tooLong bool
		var err error
		buf, tooLong, err = readLine(br, buf[:0], max)
		if err != nil && err != io.EOF {
			rs.report(&InputError{Path: name, Line: line, Err: fmt.Errorf("read: %w", err)})
			return nil
		}
		if tooLong || len(bytes.TrimSpace(buf)) > 0 {
			records++
		}
		switch {
		case tooLong:
			rs.report(&InputError{Path: name, Line: line, Err: fmt.Errorf("line %w: more than %s (MaxDocBytes)", ErrTooLarge, formatBytes(max))})
		case len(bytes.TrimSpace(buf)) > 0:
			d, perr := parseRecord(buf)
			if perr == nil {
				d.Origin = name + ":" + strconv.Itoa(line)
				perr = rs.send(d)
			}
			if perr != nil {
				if serr := rs.recordErr(name, line, "", perr); serr != nil {
					return serr
				}
			}
		}
		if err == io.EOF {
			break
		}
	}
	if records == 0 {
		// Only blank lines: say so rather than read nothing silently.
		rs.fail(name, fmt.Errorf("%w: JSON lines file with only blank lines", ErrEmpty))
	}
	return nil
}

// readLine reads one line (without its newline) appended to buf. A line
// longer than max bytes is consumed but not kept, and tooLong is set.
func readLine(br *bufio.Reader, buf []byte, max int64) (line []byte, tooLong bool, err error) {
	for {
		chunk, err := br.ReadSlice('\n')
		content := chunk
		if err == nil {
			content = chunk[:len(chunk)-1]
		}
		if !tooLong {
			if int64(len(buf)+len(content)) > max {
				tooLong = true
				buf = buf[:0]
			} else {
				buf = append(buf, content...)
			}
		}
		if errors.Is(err, bufio.ErrBufferFull) {
			continue
		}
		return buf, tooLong, err
	}
}

// readJSONValues reads a JSON array of document objects, or a sequence of
// objects, one at a time. Records are named by their 1-based index.
func (rs *readState) readJSONValues(name string, br *bufio.Reader) error {
	head, _ := br.Peek(sniffLen)
	if bytes.HasPrefix(head, utf8BOM) {
		br.Discard(len(utf8BOM))
		head = head[len(utf8BOM):]
	}
	max := rs.r.maxDoc()
	lr := &capReader{r: br, n: max * feedSizeFactor}
	dec := json.NewDecoder(lr)
	trimmed := bytes.TrimLeft(head, " \t\r\n")
	array := len(trimmed) > 0 && trimmed[0] == '['
	if array {
		if _, err := dec.Token(); err != nil {
			rs.fail(name, fmt.Errorf("bad JSON: %w", err))
			return nil
		}
	}
	for i := 1; dec.More(); i++ {
		if err := rs.ctx.Err(); err != nil {
			return &stopError{err}
		}
		var raw json.RawMessage
		if err := dec.Decode(&raw); err != nil {
			if lr.over {
				err = fmt.Errorf("JSON file %w: more than %s (%d × MaxDocBytes)", ErrTooLarge, formatBytes(max*feedSizeFactor), feedSizeFactor)
			}
			// The decoder cannot resynchronise after a syntax error.
			rs.report(&InputError{Path: name, Record: strconv.Itoa(i), Err: fmt.Errorf("bad JSON, rest of file skipped: %w", err)})
			return nil
		}
		rec := strconv.Itoa(i)
		if int64(len(raw)) > max {
			rs.report(&InputError{Path: name, Record: rec, Err: fmt.Errorf("record %w: more than %s (MaxDocBytes)", ErrTooLarge, formatBytes(max))})
			continue
		}
		d, err := parseRecord(raw)
		if err == nil {
			d.Origin = name + "#" + rec
			err = rs.send(d)
		}
		if err != nil {
			if serr := rs.recordErr(name, 0, rec, err); serr != nil {
				return serr
			}
		}
	}
	// More is false at the end and on an error: tell them apart.
	var err error
	if array {
		_, err = dec.Token() // the closing bracket
	} else if _, err = dec.Token(); err == io.EOF {
		err = nil
	} else if err == nil {
		err = errors.New("unexpected data after the last object")
	}
	if lr.over {
		err = fmt.Errorf("JSON file %w: more than %s (%d × MaxDocBytes)", ErrTooLarge, formatBytes(max*feedSizeFactor), feedSizeFactor)
	}
	if err != nil {
		rs.fail(name, fmt.Errorf("bad JSON at the end: %w", err))
	}
	return nil
}

// parseRecord turns one JSON object into a Doc. The fields id, text, title,
// url, published, source, lang and byline are read; other fields go to Meta.
func parseRecord(b []byte) (*doc.Doc, error) {
	if !utf8.Valid(b) {
		return nil, fmt.Errorf("%w: invalid UTF-8 in JSON", ErrEncoding)
	}
	dec := json.NewDecoder(bytes.NewReader(b))
	dec.UseNumber()
	var v any
	if err := dec.Decode(&v); err != nil {
		return nil, fmt.Errorf("bad JSON: %w", err)
	}
	if dec.More() {
		return nil, errors.New("bad JSON: more than one value on the line")
	}
	fields, ok := v.(map[string]any)
	if !ok {
		return nil, fmt.Errorf("bad JSON: want an object, got %s", jsonKind(v))
	}
	d := &doc.Doc{}
	for _, f := range []struct {
		key string
		dst *string
	}{
		{"text", &d.Text}, {"title", &d.Title}, {"url", &d.URL},
		{"source", &d.Source}, {"lang", &d.Lang}, {"byline", &d.Byline},
	} {
		if err := stringField(fields, f.key, f.dst); err != nil {
			return nil, err
		}
	}
	if id, ok := fields["id"]; ok {
		delete(fields, "id")
		switch id := id.(type) {
		case string:
			d.ID = id
		case json.Number:
			d.ID = id.String()
		case nil:
		default:
			return nil, errors.New(`field "id": want a string or a number`)
		}
	}
	var published string
	if err := stringField(fields, "published", &published); err != nil {
		return nil, err
	}
	if published != "" {
		t, err := doc.ParseTime(published)
		if err != nil {
			return nil, fmt.Errorf(`field "published": %w`, err)
		}
		d.Published = t
	}
	if strings.TrimSpace(d.Text) == "" {
		return nil, errors.New(`missing or empty "text" field`)
	}
	if len(fields) > 0 {
		d.Meta = fields
	}
	return d, nil
}

// stringField moves the string field key of fields into dst. A null field
// counts as absent.
func stringField(fields map[string]any, key string, dst *string) error {
	v, ok := fields[key]
	if !ok {
		return nil
	}
	delete(fields, key)
	switch v := v.(type) {
	case string:
		*dst = v
	case nil:
	default:
		raw, _ := json.Marshal(v)
		return fmt.Errorf("field %q: want a string, got %s", key, abbreviate(raw, 40))
	}
	return nil
}

// jsonKind names the kind of a decoded JSON value.
func jsonKind(v any) string {
	switch v.(type) {
	case nil:
		return "null"
	case []any:
		return "array"
	case string:
		return "string"
	case json.Number:
		return "number"
	case bool:
		return "boolean"
	}
	return fmt.Sprintf("%T", v)
}

// abbreviate shortens b for an error message.
func abbreviate(b []byte, n int) string {
	if len(b) <= n {
		return string(b)
	}
	return string(b[:n]) + "…"
}
