// Package ingest reads news documents from files, directories and standard
// input into doc.Doc values: plain text, JSON lines, HTML pages, RSS and Atom
// feeds, and WARC archives (optionally gzip-compressed).
//
// Reading streams: documents are handed to the caller one at a time, in input
// order, and a directory, feed or archive is never held in memory as a whole
// (a feed file, which is parsed whole, is the one exception; see Options).
// A problem with one input or one record is reported as an *InputError to
// Reader.OnError and reading goes on with the rest. The formats, their
// detection and the fields filled are described in docs/input.md.
package ingest

import (
	"bufio"
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"log/slog"
	"os"
	"path/filepath"
	"strconv"
	"strings"

	"github.com/petrel-events/petrel/doc"
)

// Formats accepted by Options.Format.
const (
	FormatText  = "text"
	FormatJSONL = "jsonl"
	FormatHTML  = "html"
	FormatFeed  = "feed"
	FormatWARC  = "warc"
)

// DefaultMaxDocBytes is the document size limit used when
// Options.MaxDocBytes is zero.
const DefaultMaxDocBytes = 20 << 20

// feedSizeFactor bounds a feed file, which is parsed whole, at this many
// times MaxDocBytes.
const feedSizeFactor = 5

// Errors wrapped by InputError.Err, for errors.Is.
var (
	// ErrEmpty reports an input with no content at all.
	ErrEmpty = errors.New("empty input")
	// ErrBinary reports binary content (NUL bytes, an image, an executable).
	ErrBinary = errors.New("binary content, not a text document")
	// ErrEncoding reports text in an encoding that is neither UTF-8 nor a
	// recognised other encoding.
	ErrEncoding = errors.New("unrecognised text encoding")
	// ErrTooLarge reports a document or line larger than Options.MaxDocBytes.
	ErrTooLarge = errors.New("too large")
	// ErrNoText reports a document whose text is empty after extraction.
	ErrNoText = errors.New("no text")
	// ErrNoArticle reports an HTML page in which no article body was found.
	ErrNoArticle = errors.New("no article body found")
	// ErrNoItems reports a feed without items.
	ErrNoItems = errors.New("feed has no items")
	// ErrFormat reports an unknown Options.Format.
	ErrFormat = errors.New("unknown input format")
)

// Options controls how inputs are read.
type Options struct {
	// Format forces the input format: "text", "jsonl", "html", "feed" or
	// "warc". Empty means detect it from the file name and the content.
	Format string
	// Published is the publication time given to documents whose input has
	// none. The zero Time leaves it unknown; the wall clock is never used.
	Published doc.Time
	// MaxDocBytes refuses documents (a text file, a JSON line, an HTML page)
	// larger than this many bytes. Zero means DefaultMaxDocBytes. A feed
	// file is parsed whole and may be up to 5 × MaxDocBytes.
	MaxDocBytes int64
}

func (o Options) maxDoc() int64 {
	if o.MaxDocBytes > 0 {
		return o.MaxDocBytes
	}
	return DefaultMaxDocBytes
}

// InputError is a problem with one input or one record in it. The input is
// skipped (or the record, and reading goes on with the next one).
type InputError struct {
	Path   string // file name, or "-" for standard input
	Line   int    // 1-based line number, 0 if not applicable
	Record string // record within the input (WARC record ID, feed item number), "" if not applicable
	Err    error
}

// Error returns "path:line: reason", "path#record: reason" or "path: reason".
func (e *InputError) Error() string {
	loc := e.Path
	switch {
	case e.Line > 0:
		loc += ":" + strconv.Itoa(e.Line)
	case e.Record != "":
		loc += "#" + e.Record
	}
	return loc + ": " + e.Err.Error()
}

// Unwrap returns the underlying error.
func (e *InputError) Unwrap() error { return e.Err }

// Reader reads documents from files, directories and standard input.
// A Reader is not safe for concurrent use by several goroutines.
type Reader struct {
	Options
	// Stdin is read for the path "-". When nil, "-" is an input error.
	Stdin io.Reader
	// OnError receives each *InputError. When nil, errors are logged with
	// slog.Default at level Warn.
	OnError func(error)

	// open opens a file; nil means os.Open. Tests replace it.
	open func(name string) (io.ReadCloser, error)
}

// stopError carries an error that ends Read: emit failed or ctx is done.
type stopError struct{ err error }

func (e *stopError) Error() string { return e.err.Error() }
func (e *stopError) Unwrap() error { return e.err }

// Read streams documents from paths in input order and calls emit for each.
// A path is a file, a directory (read recursively in lexical order, skipping
// names that begin with "."), or "-" for r.Stdin. Gzip-compressed inputs are
// decompressed. A problem with one input or record is reported to OnError as
// an *InputError and reading continues with the rest. Read returns an error
// only when ctx is cancelled or emit returns an error.
func (r *Reader) Read(ctx context.Context, paths []string, emit func(*doc.Doc) error) error {
	switch r.Format {
	case "", FormatText, FormatJSONL, FormatHTML, FormatFeed, FormatWARC:
	default:
		return fmt.Errorf("ingest: %w %q: want text, jsonl, html, feed or warc", ErrFormat, r.Format)
	}
	rs := &readState{r: r, ctx: ctx, emit: emit}
	for _, p := range paths {
		if err := ctx.Err(); err != nil {
			return err
		}
		var err error
		if p == "-" {
			err = rs.readStdin()
		} else {
			err = rs.readPath(p)
		}
		var stop *stopError
		if errors.As(err, &stop) {
			return stop.err
		}
		if err != nil { // not expected: every other error is reported
			return err
		}
	}
	return nil
}

// readState is the state of one Read call.
type readState struct {
	r    *Reader
	ctx  context.Context
	emit func(*doc.Doc) error
	// free holds buffered readers for reuse across inputs (a reader per
	// nesting level: a gzip stream reads through the file's reader).
	free []*bufio.Reader
	// scratch is reused by readScratch; what it returns is valid only until
	// the next call.
	scratch []byte
}

// bufReader returns a buffered reader on in, reusing a free one.
func (rs *readState) bufReader(in io.Reader) *bufio.Reader {
	if n := len(rs.free); n > 0 {
		br := rs.free[n-1]
		rs.free = rs.free[:n-1]
		br.Reset(in)
		return br
	}
	return bufio.NewReaderSize(in, 64<<10)
}

// release returns a reader from bufReader for reuse.
func (rs *readState) release(br *bufio.Reader) {
	br.Reset(nil)
	rs.free = append(rs.free, br)
}

// report hands an input error to OnError.
func (rs *readState) report(err error) {
	if rs.r.OnError != nil {
		rs.r.OnError(err)
		return
	}
	slog.Warn("ingest: skipped input", "err", err)
}

// fail reports err as an InputError for path.
func (rs *readState) fail(path string, err error) {
	rs.report(&InputError{Path: path, Err: err})
}

// send completes d and emits it. It returns a *stopError when the context is
// done or emit fails; other problems with d are returned as plain errors for
// the caller to report.
func (rs *readState) send(d *doc.Doc) error {
	if err := rs.ctx.Err(); err != nil {
		return &stopError{err}
	}
	if err := finish(d, rs.r.Published); err != nil {
		return err
	}
	if err := rs.emit(d); err != nil {
		return &stopError{fmt.Errorf("ingest: %s: %w", d.Origin, err)}
	}
	return nil
}

func (rs *readState) readStdin() error {
	if rs.r.Stdin == nil {
		rs.fail("-", errors.New("no standard input"))
		return nil
	}
	return rs.readStream("-", rs.r.Stdin)
}

func (rs *readState) readPath(path string) error {
	info, err := os.Stat(path)
	if err != nil {
		rs.fail(path, unwrapPathError(err))
		return nil
	}
	if !info.IsDir() {
		return rs.readFile(path)
	}
	files := 0
	defer func() {
		if files == 0 && rs.ctx.Err() == nil {
			// Say so rather than read nothing silently (a wrong folder).
			rs.fail(path, fmt.Errorf("%w: directory holds no files to read (names beginning with . are skipped)", ErrEmpty))
		}
	}()
	return filepath.WalkDir(path, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			rs.fail(p, unwrapPathError(err))
			return nil // a directory that cannot be read is skipped
		}
		if p != path && strings.HasPrefix(d.Name(), ".") {
			if d.IsDir() {
				return filepath.SkipDir
			}
			return nil
		}
		if d.IsDir() {
			return rs.ctx.Err()
		}
		if !d.Type().IsRegular() {
			// Follow a symbolic link to a file; skip sockets, devices,
			// and links to directories.
			fi, err := os.Stat(p)
			if err != nil {
				rs.fail(p, unwrapPathError(err))
				return nil
			}
			if !fi.Mode().IsRegular() {
				return nil
			}
		}
		files++
		return rs.readFile(p)
	})
}

func (rs *readState) readFile(path string) error {
	open := rs.r.open
	if open == nil {
		open = func(name string) (io.ReadCloser, error) { return os.Open(name) }
	}
	f, err := open(path)
	if err != nil {
		rs.fail(path, unwrapPathError(err))
		return nil
	}
	defer f.Close()
	return rs.readStream(path, f)
}

// readStream detects the format of one input and reads it.
func (rs *readState) readStream(name string, in io.Reader) (err error) {
	defer func() {
		if p := recover(); p != nil {
			rs.fail(name, fmt.Errorf("internal error while reading: %v", p))
			err = nil
		}
	}()
	br := rs.bufReader(in)
	defer rs.release(br)
	head, err := br.Peek(sniffLen)
	if err != nil && err != io.EOF && !errors.Is(err, bufio.ErrBufferFull) {
		rs.fail(name, fmt.Errorf("read: %w", err))
		return nil
	}
	if len(head) == 0 {
		rs.fail(name, ErrEmpty)
		return nil
	}
	base := name
	if isGzip(head) {
		gz, err := newGzipReader(br)
		if err != nil {
			rs.fail(name, err)
			return nil
		}
		defer gz.Close()
		br = rs.bufReader(gz)
		defer rs.release(br)
		head, err = br.Peek(sniffLen)
		if err != nil && err != io.EOF && !errors.Is(err, bufio.ErrBufferFull) {
			rs.fail(name, err)
			return nil
		}
		if len(head) == 0 {
			rs.fail(name, fmt.Errorf("gzip: %w", ErrEmpty))
			return nil
		}
		base = strings.TrimSuffix(strings.TrimSuffix(name, ".gz"), ".GZ")
	}
	format := rs.r.Format
	if format == "" {
		format, err = detect(base, head)
		if err != nil {
			rs.fail(name, err)
			return nil
		}
	}
	if format != FormatText && format != FormatWARC && !hasUTF16BOM(head) {
		if i := bytes.IndexByte(head, 0); i >= 0 {
			rs.fail(name, fmt.Errorf("%w: NUL byte at %s", ErrBinary, position(head, i)))
			return nil
		}
	}
	switch format {
	case FormatJSONL:
		return rs.readJSONL(name, br)
	case formatJSON:
		return rs.readJSONValues(name, br)
	case FormatHTML:
		return rs.readHTMLFile(name, br)
	case FormatFeed:
		return rs.readFeed(name, br)
	case FormatWARC:
		return rs.readWARC(name, br)
	default:
		return rs.readText(name, br)
	}
}

// unwrapPathError drops the *fs.PathError wrapper, whose path the
// InputError already names.
func unwrapPathError(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return fmt.Errorf("%s: %w", pe.Op, pe.Err)
	}
	return err
}

// readAllMax reads r to the end, refusing more than max bytes.
func readAllMax(r io.Reader, max int64) ([]byte, error) {
	b, err := io.ReadAll(io.LimitReader(r, max+1))
	if err != nil {
		return nil, err
	}
	if int64(len(b)) > max {
		return nil, fmt.Errorf("document %w: more than %s (MaxDocBytes)", ErrTooLarge, formatBytes(max))
	}
	return b, nil
}

// readScratch is readAllMax into a buffer reused across documents, for
// readers that copy what they keep (DecodeText does). The bytes are valid
// only until the next call.
func (rs *readState) readScratch(r io.Reader, max int64) ([]byte, error) {
	buf := bytes.NewBuffer(rs.scratch[:0])
	_, err := buf.ReadFrom(io.LimitReader(r, max+1))
	b := buf.Bytes()
	if cap(b) <= 16<<20 {
		rs.scratch = b[:0] // keep ordinary buffers, not huge ones
	}
	if err != nil {
		return nil, err
	}
	if int64(len(b)) > max {
		return nil, fmt.Errorf("document %w: more than %s (MaxDocBytes)", ErrTooLarge, formatBytes(max))
	}
	return b, nil
}

// formatBytes formats n bytes for messages.
func formatBytes(n int64) string {
	switch {
	case n >= 1<<20 && n%(1<<20) == 0:
		return fmt.Sprintf("%d MiB", n>>20)
	case n >= 1<<10 && n%(1<<10) == 0:
		return fmt.Sprintf("%d KiB", n>>10)
	default:
		return fmt.Sprintf("%d bytes", n)
	}
}
