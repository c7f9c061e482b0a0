package ingest

import (
	"bytes"
	"compress/gzip"
	"context"
	"errors"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/petrel-events/petrel/doc"
)

// result is what one Read call produced.
type result struct {
	docs []*doc.Doc
	errs []error
	err  error // Read's own return value
}

// errText joins the error messages, one per line.
func (r result) errText() string {
	var s []string
	for _, e := range r.errs {
		s = append(s, e.Error())
	}
	return strings.Join(s, "\n")
}

func (r result) origins() []string {
	var s []string
	for _, d := range r.docs {
		s = append(s, d.Origin)
	}
	return s
}

// checkIDsErrors checks the ids of the documents read from path, joined
// by spaces, and the text of its errors with the path taken out.
func checkIDsErrors(t *testing.T, res result, path, ids, errs string) {
	t.Helper()
	var got []string
	for _, d := range res.docs {
		got = append(got, d.ID)
	}
	if g := strings.Join(got, " "); g != ids {
		t.Errorf("ids %q, want %q", g, ids)
	}
	if g := strings.ReplaceAll(res.errText(), path, ""); g != errs {
		t.Errorf("errors %q\nwant %q", g, errs)
	}
}

// readPaths runs r.Read on paths and collects documents and errors.
func readPaths(t testing.TB, r *Reader, paths ...string) result {
	t.Helper()
	var res result
	r.OnError = func(err error) {
		var ie *InputError
		if !errors.As(err, &ie) {
			t.Errorf("OnError got %T, want *InputError: %v", err, err)
		}
		res.errs = append(res.errs, err)
	}
	res.err = r.Read(context.Background(), paths, func(d *doc.Doc) error {
		res.docs = append(res.docs, d)
		return nil
	})
	return res
}

// writeFile writes b to name in dir and returns its path.
func writeFile(t testing.TB, dir, name string, b []byte) string {
	t.Helper()
	p := filepath.Join(dir, name)
	if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(p, b, 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

func gzipBytes(b []byte) []byte {
	var buf bytes.Buffer
	z := gzip.NewWriter(&buf)
	z.Write(b)
	z.Close()
	return buf.Bytes()
}

func mustTime(t testing.TB, s string) doc.Time {
	t.Helper()
	v, err := doc.ParseTime(s)
	if err != nil {
		t.Fatal(err)
	}
	return v
}

func TestReadText(t *testing.T) {
	tmp := t.TempDir()
	utf16NoBOM := []byte{}
	for _, r := range "Talks resumed in Doha on Monday.\n" {
		utf16NoBOM = append(utf16NoBOM, byte(r), 0)
	}
	tests := []struct {
		name    string
		path    string
		want    string // exact text, if set
		contain string // substring of the text, if set
		err     string // substring of the error; "" means no error
		errIs   error
		maxDoc  int64 // MaxDocBytes; 0 means 1 KiB
	}{
		{name: "CRLF becomes LF", path: "testdata/text/crlf.txt",
			want: "Harbour workers in Valparaiso ended a nine-day strike on Tuesday after the port authority agreed to raise night-shift pay.\n\nThe union said its members would return to the cranes on Wednesday morning. A spokesman for the authority told reporters the deal would cost about 4 million dollars a year.\n"},
		{name: "markdown kept raw", path: "testdata/text/report.md", contain: "# Flood relief talks\n\nOfficials from Bangladesh"},
		{name: "UTF-8 BOM stripped", path: "testdata/text/bom.txt", want: "Österreichs Kanzler traf am Montag den Präsidenten Sloweniens in Ljubljana.\n"},
		{name: "UTF-16LE with BOM", path: "testdata/text/utf16le.txt", want: "Die Regierung in Berlin kündigte am Freitag neue Sanktionen gegen drei Reedereien an.\n"},
		{name: "UTF-16BE with BOM", path: "testdata/text/utf16be.txt", want: "Die Regierung in Berlin kündigte am Freitag neue Sanktionen gegen drei Reedereien an.\n"},
		{name: "UTF-16LE without BOM", path: writeFile(t, tmp, "nobom16.txt", utf16NoBOM), want: "Talks resumed in Doha on Monday.\n"},
		{name: "Windows-1252 converted", path: "testdata/text/cp1252.txt", contain: "Les députés ont adopté mercredi une loi qui interdit la pêche au chalut dans la baie, après un débat de douze heures. Le ministre a dit qu’il était « satisfait »."},
		{name: "lone CR becomes LF", path: writeFile(t, tmp, "mac.txt", []byte("First line.\rSecond line.\r")), want: "First line.\nSecond line.\n"},
		{name: "damaged UTF-8 refused", path: "testdata/text/damaged-utf8.txt", err: "testdata/text/damaged-utf8.txt: unrecognised text encoding: invalid UTF-8 (byte 0xe2) at line 1, byte 22", errIs: ErrEncoding},
		{name: "empty file", path: writeFile(t, tmp, "empty.txt", nil), err: "empty.txt: empty input", errIs: ErrEmpty},
		{name: "white space only", path: writeFile(t, tmp, "blank.txt", []byte(" \n\r\n\t\n")), err: "blank.txt: document has no text", errIs: ErrNoText},
		{name: "PNG image", path: writeFile(t, tmp, "photo.txt", []byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00")), err: "photo.txt: binary content, not a text document (PNG image)", errIs: ErrBinary},
		{name: "ELF executable", path: writeFile(t, tmp, "tool", []byte("\x7fELF\x02\x01\x01\x00\x00\x00\x00\x00")), err: "tool: binary content, not a text document (ELF executable)", errIs: ErrBinary},
		{name: "NUL bytes", path: writeFile(t, tmp, "data.txt", []byte("Some text\x00\x00\x01\x02 and more\nline two\x00")), err: "data.txt: binary content, not a text document: NUL byte at line 1, byte 9", errIs: ErrBinary},
		{name: "control bytes with high bytes", path: writeFile(t, tmp, "ctl.txt", []byte("abc\x01\x02\x03\xc8\xe9\xff")), err: "ctl.txt: unrecognised text encoding", errIs: ErrEncoding},
		{name: "mostly high bytes", path: writeFile(t, tmp, "koi8.txt", []byte("\xf0\xd2\xc5\xda\xc9\xc4\xc5\xce\xd4 \xf2\xcf\xd3\xd3\xc9\xc9")), err: "koi8.txt: unrecognised text encoding", errIs: ErrEncoding},
		{name: "gzip text", path: writeFile(t, tmp, "note.txt.gz", gzipBytes([]byte("Rain delayed the vote.\r\n"))), want: "Rain delayed the vote.\n"},
		{name: "truncated gzip", path: writeFile(t, tmp, "cut.txt.gz", gzipBytes([]byte(strings.Repeat("A protest took place in the capital. ", 400)))[:120]), err: "cut.txt.gz: truncated gzip data: unexpected EOF", maxDoc: 1 << 20},
		{name: "empty directory", path: mkdirAll(t, filepath.Join(tmp, "nothing")), err: "nothing: empty input: directory holds no files to read", errIs: ErrEmpty},
		{name: "directory of hidden files", path: filepath.Dir(writeFile(t, mkdirAll(t, filepath.Join(tmp, "hidden")), ".draft.txt", []byte("A draft."))), err: "hidden: empty input: directory holds no files to read (names beginning with . are skipped)", errIs: ErrEmpty},
		{name: "missing file", path: filepath.Join(tmp, "absent.txt"), err: "absent.txt: stat: no such file or directory", errIs: fs.ErrNotExist},
		{name: "over MaxDocBytes", path: writeFile(t, tmp, "big.txt", bytes.Repeat([]byte("word "), 500)), err: "big.txt: document too large: more than 1 KiB (MaxDocBytes)", errIs: ErrTooLarge},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := &Reader{Options: Options{MaxDocBytes: 1024}}
			if tt.maxDoc != 0 {
				r.MaxDocBytes = tt.maxDoc
			}
			res := readPaths(t, r, tt.path)
			if res.err != nil {
				t.Fatalf("Read returned %v", res.err)
			}
			if tt.err != "" {
				if len(res.docs) != 0 || len(res.errs) != 1 {
					t.Fatalf("got %d docs and errors %q, want one error", len(res.docs), res.errText())
				}
				if !strings.Contains(res.errs[0].Error(), tt.err) {
					t.Errorf("error %q, want it to contain %q", res.errs[0], tt.err)
				}
				if !strings.HasPrefix(res.errs[0].Error(), tt.path+": ") {
					t.Errorf("error %q does not start with the path %q", res.errs[0], tt.path)
				}
				if tt.errIs != nil && !errors.Is(res.errs[0], tt.errIs) {
					t.Errorf("error %q is not %v", res.errs[0], tt.errIs)
				}
				return
			}
			if len(res.docs) != 1 || len(res.errs) != 0 {
				t.Fatalf("got %d docs and errors %q, want one doc", len(res.docs), res.errText())
			}
			d := res.docs[0]
			if tt.want != "" && d.Text != tt.want {
				t.Errorf("text %q, want %q", d.Text, tt.want)
			}
			if tt.contain != "" && !strings.Contains(d.Text, tt.contain) {
				t.Errorf("text %q does not contain %q", d.Text, tt.contain)
			}
			if strings.ContainsAny(d.Text, "\r\ufeff") {
				t.Errorf("text %q keeps a CR or a BOM", d.Text)
			}
			if d.Origin != tt.path || len(d.ID) != 16 || d.Published.Known() {
				t.Errorf("origin %q id %q published %v", d.Origin, d.ID, d.Published)
			}
		})
	}
}

func TestReadDirectory(t *testing.T) {
	res := readPaths(t, &Reader{}, "testdata/corpus", "testdata/text/crlf.txt")
	want := []string{"testdata/corpus/a.txt", "testdata/corpus/sub/b.txt", "testdata/corpus/sub/c.md", "testdata/text/crlf.txt"}
	if got := res.origins(); strings.Join(got, " ") != strings.Join(want, " ") {
		t.Errorf("origins %q, want %q (sorted, hidden names skipped)", got, want)
	}
	if res.err != nil || len(res.errs) > 0 {
		t.Errorf("errors: %v %s", res.err, res.errText())
	}
}

func TestMissingPath(t *testing.T) {
	res := readPaths(t, &Reader{}, "testdata/nonexistent.txt", "testdata/corpus/a.txt")
	if len(res.docs) != 1 || len(res.errs) != 1 || !strings.HasPrefix(res.errText(), "testdata/nonexistent.txt: stat: no such file") {
		t.Errorf("docs %q errors %q", res.origins(), res.errText())
	}
}

func TestUnreadableFile(t *testing.T) {
	// Simulated: the file system refuses one file.
	t.Run("simulated", func(t *testing.T) {
		r := &Reader{open: func(name string) (io.ReadCloser, error) {
			if strings.HasSuffix(name, "b.txt") {
				return nil, &os.PathError{Op: "open", Path: name, Err: os.ErrPermission}
			}
			return os.Open(name)
		}}
		res := readPaths(t, r, "testdata/corpus")
		if len(res.docs) != 2 {
			t.Errorf("got docs %q, want a.txt and c.md", res.origins())
		}
		if res.errText() != "testdata/corpus/sub/b.txt: open: permission denied" {
			t.Errorf("errors %q", res.errText())
		}
	})
	t.Run("chmod 000", func(t *testing.T) {
		if os.Geteuid() == 0 {
			t.Skip("running as root: chmod 000 does not stop root from reading; the simulated case covers this")
		}
		dir := t.TempDir()
		writeFile(t, dir, "a.txt", []byte("A readable file."))
		p := writeFile(t, dir, "b.txt", []byte("An unreadable file."))
		writeFile(t, dir, "c.txt", []byte("Another readable file."))
		if err := os.Chmod(p, 0); err != nil {
			t.Fatal(err)
		}
		res := readPaths(t, &Reader{}, dir)
		if len(res.docs) != 2 || len(res.errs) != 1 || !strings.HasPrefix(res.errText(), p+": open: permission denied") {
			t.Errorf("docs %q errors %q", res.origins(), res.errText())
		}
	})
}

func TestStdin(t *testing.T) {
	r := &Reader{Stdin: strings.NewReader("{\"text\":\"Ceasefire talks opened in Cairo.\"}\nnot json\n")}
	res := readPaths(t, r, "-")
	if len(res.docs) != 1 || res.docs[0].Origin != "-:1" {
		t.Errorf("docs %q", res.origins())
	}
	if res.errText() != `-:2: bad JSON: invalid character 'o' in literal null (expecting 'u')` {
		t.Errorf("errors %q", res.errText())
	}
	res = readPaths(t, &Reader{Stdin: strings.NewReader("Plain words on standard input.\r\n")}, "-")
	if len(res.docs) != 1 || res.docs[0].Text != "Plain words on standard input.\n" || res.docs[0].Origin != "-" {
		t.Errorf("plain stdin: %+v %s", res.docs, res.errText())
	}
	res = readPaths(t, &Reader{}, "-")
	if res.errText() != "-: no standard input" {
		t.Errorf("nil Stdin: %q", res.errText())
	}
}

func TestPublishedDefault(t *testing.T) {
	def := mustTime(t, "2025-01-01T00:00:00Z")
	r := &Reader{Options: Options{Published: def}}
	res := readPaths(t, r, "testdata/text/crlf.txt", "testdata/html/article.html")
	if len(res.docs) != 2 {
		t.Fatalf("docs %q errors %q", res.origins(), res.errText())
	}
	if !res.docs[0].Published.Equal(def.Time) {
		t.Errorf("undated text: published %v, want %v", res.docs[0].Published, def)
	}
	if got := res.docs[1].Published.String(); got != "2025-05-14T09:40:00+02:00" {
		t.Errorf("dated page: published %s", got)
	}
}

func TestFormatOption(t *testing.T) {
	res := readPaths(t, &Reader{Options: Options{Format: FormatText}}, "testdata/html/noarticle.html")
	if len(res.docs) != 1 || !strings.Contains(res.docs[0].Text, "<nav>") {
		t.Errorf("Format text on HTML: docs %d errors %q", len(res.docs), res.errText())
	}
	r := &Reader{Options: Options{Format: "pdf"}}
	if err := r.Read(context.Background(), nil, func(*doc.Doc) error { return nil }); !errors.Is(err, ErrFormat) {
		t.Errorf("unknown format: %v", err)
	}
}

func TestStop(t *testing.T) {
	stop := errors.New("disk full")
	n := 0
	r := &Reader{OnError: func(err error) { t.Errorf("unexpected %v", err) }}
	err := r.Read(context.Background(), []string{"testdata/jsonl/array.json"}, func(d *doc.Doc) error {
		n++
		return stop
	})
	if !errors.Is(err, stop) || n != 1 || !strings.Contains(err.Error(), "array.json#1") {
		t.Errorf("emit error: got %v after %d docs", err, n)
	}
	ctx, cancel := context.WithCancel(context.Background())
	n = 0
	r.OnError = nil
	err = r.Read(ctx, []string{"testdata/corpus"}, func(d *doc.Doc) error {
		n++
		cancel()
		return nil
	})
	if !errors.Is(err, context.Canceled) || n != 1 {
		t.Errorf("cancel: got %v after %d docs", err, n)
	}
}

func TestDetect(t *testing.T) {
	tests := []struct {
		name, head, want, err string
	}{
		{"a.txt", "<html>", FormatText, ""},
		{"a.MD", "", FormatText, ""},
		{"a.jsonl", "", FormatJSONL, ""},
		{"a.ndjson", "", FormatJSONL, ""},
		{"a.json", "", FormatJSONL, ""},
		{"a.htm", "", FormatHTML, ""},
		{"a.rss", "", FormatFeed, ""},
		{"a.atom", "", FormatFeed, ""},
		{"a.xml", "", FormatFeed, ""},
		{"a.warc", "", FormatWARC, ""},
		{"a.warc.gz", "WARC/1.1\r\n", FormatWARC, ""},
		{"CC-NEWS-1.warc.GZ", "", FormatWARC, ""},
		{"-", "\ufeff  {\"text\":1}", FormatJSONL, ""},
		{"-", "[{", FormatJSONL, ""},
		{"-", "<?xml version=\"1.0\"?>\n<rss version=\"2.0\">", FormatFeed, ""},
		{"-", "<?xml version=\"1.0\"?><!-- generator --><feed xmlns=", FormatFeed, ""},
		{"-", "<rdf:RDF", FormatFeed, ""},
		{"-", "\n<!DOCTYPE HTML>", FormatHTML, ""},
		{"-", "<html lang=en>", FormatHTML, ""},
		{"-", "<!-- saved page --><html>", FormatHTML, ""},
		{"-", "WARC/1.0\r\n", FormatWARC, ""},
		{"-", "Plain news text.", FormatText, ""},
		{"-", "<b>bold</b> start", FormatText, ""},
		{"a.txt", "\x89PNG\r\n\x1a\n", "", "binary content, not a text document (PNG image)"},
		{"-", "\x7fELF\x02", "", "ELF executable"},
		{"-", "%PDF-1.7", "", "PDF document"},
		{"-", "\x1f\x8b\x08", "", "gzip-compressed"},
	}
	for _, tt := range tests {
		got, err := Detect(tt.name, []byte(tt.head))
		if tt.err != "" {
			if err == nil || !strings.Contains(err.Error(), tt.err) {
				t.Errorf("Detect(%q, %q) error %v, want %q", tt.name, tt.head, err, tt.err)
			}
			continue
		}
		if err != nil || got != tt.want {
			t.Errorf("Detect(%q, %q) = %q, %v; want %q", tt.name, tt.head, got, err, tt.want)
		}
	}
}

func TestHashAndHost(t *testing.T) {
	if a, b := HashID("https://example.org/a"), HashID("https://example.org/a"); a != b || len(a) != 16 {
		t.Errorf("HashID not stable or not 16 hex: %q %q", a, b)
	}
	for in, want := range map[string]string{
		"https://www.Example.org:443/a?b": "example.org",
		"http://news.bbc.co.uk/x":         "news.bbc.co.uk",
		"not a url":                       "",
		"":                                "",
	} {
		if got := Host(in); got != want {
			t.Errorf("Host(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestBadInputsKeepGoing mixes good and bad inputs in one directory: every
// bad one is reported with its name and the good ones are still read.
func TestBadInputsKeepGoing(t *testing.T) {
	dir := t.TempDir()
	good := []byte("Delegates from both parties met in Geneva.\n")
	article, err := os.ReadFile("testdata/html/article.html")
	if err != nil {
		t.Fatal(err)
	}
	warc := buildWARC(t, fixtureRecords(t), true)
	plainWARC := buildWARC(t, fixtureRecords(t), false)
	emptyFeed, _ := os.ReadFile("testdata/feed/empty.rss")
	noArticle, _ := os.ReadFile("testdata/html/noarticle.html")
	files := map[string][]byte{
		"01-good.txt":          good,
		"02-empty.txt":         nil,
		"03-image.png":         []byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"),
		"04-program":           []byte("\x7fELF\x02\x01\x01\x00\x00"),
		"05-cut.jsonl.gz":      gzipBytes(bytes.Repeat([]byte("{\"text\":\"Officials met.\"}\n"), 200))[:60],
		"06-cut.warc.gz":       warc[:len(warc)*2/3],
		"07-cut.warc":          plainWARC[:len(plainWARC)-900],
		"08-nobody.html":       noArticle,
		"09-empty.rss":         emptyFeed,
		"10-page.html":         article,
		"11-broken.xml":        []byte("<rss version=\"2.0\"><channel><title>x</title><item><title>cut"),
		"12-latin.txt":         []byte("Le pr\xe9sident est arriv\xe9 \xe0 Paris.\n"),
		"13-empty-object.json": []byte("{}"),
		"14-good.txt":          good,
		"15-blob.jsonl":        []byte("{\"text\":\"x\"}\n\x00\x01\x02\x03\n"),
	}
	for name, b := range files {
		writeFile(t, dir, name, b)
	}
	res := readPaths(t, &Reader{}, dir)
	if res.err != nil {
		t.Fatal(res.err)
	}
	wantErrs := []string{
		"02-empty.txt: empty input",
		"03-image.png: binary content, not a text document (PNG image)",
		"04-program: binary content, not a text document (ELF executable)",
		"05-cut.jsonl.gz: truncated gzip data: unexpected EOF",
		"06-cut.warc.gz: WARC record 6 at offset ",
		"07-cut.warc#urn:uuid:00000000-0000-4000-8000-000000000007: no article body found",
		"07-cut.warc: WARC record 8 at offset ",
		"08-nobody.html: no article body found",
		"09-empty.rss: feed has no items",
		"11-broken.xml: feed:",
		"13-empty-object.json#1: missing or empty \"text\" field",
		"15-blob.jsonl: binary content, not a text document: NUL byte at line 2, byte 13",
	}
	got := res.errText()
	for _, w := range wantErrs {
		if !strings.Contains(got, filepath.Join(dir, w)) {
			t.Errorf("errors lack %q:\n%s", w, got)
		}
	}
	if len(res.errs) != len(wantErrs) {
		t.Errorf("got %d errors, want %d:\n%s", len(res.errs), len(wantErrs), got)
	}
	for _, e := range res.errs {
		if strings.Contains(e.Error(), "06-cut.warc.gz:") && !strings.Contains(e.Error(), "truncated gzip") {
			t.Errorf("truncated .warc.gz error does not say so: %v", e)
		}
		if strings.Contains(e.Error(), "07-cut.warc:") && !strings.Contains(e.Error(), "truncated WARC") {
			t.Errorf("truncated .warc error does not say so: %v", e)
		}
	}
	var names []string
	for _, d := range res.docs {
		names = append(names, strings.TrimPrefix(d.Origin, dir+"/"))
	}
	joined := strings.Join(names, " ")
	for _, w := range []string{"01-good.txt", "10-page.html", "12-latin.txt", "14-good.txt", "06-cut.warc.gz#urn:uuid:00000000-0000-4000-8000-000000000003", "07-cut.warc#urn:uuid:00000000-0000-4000-8000-000000000006"} {
		if !strings.Contains(joined, w) {
			t.Errorf("docs lack %s: %s", w, joined)
		}
	}
}

// TestHugeLine reads a JSON lines file with a 50 MB line between two good
// ones: the long line is refused with its number and reading goes on.
func TestHugeLine(t *testing.T) {
	if testing.Short() {
		t.Skip("writes a 50 MB file")
	}
	dir := t.TempDir()
	p := filepath.Join(dir, "big.jsonl")
	f, err := os.Create(p)
	if err != nil {
		t.Fatal(err)
	}
	f.WriteString("{\"id\":\"a\",\"text\":\"Before the long line.\"}\n{\"id\":\"huge\",\"text\":\"")
	chunk := bytes.Repeat([]byte("filler words "), 1<<16)
	for written := 0; written < 50<<20; written += len(chunk) {
		f.Write(chunk)
	}
	f.WriteString("\"}\n{\"id\":\"b\",\"text\":\"After the long line.\"}\n")
	if err := f.Close(); err != nil {
		t.Fatal(err)
	}
	res := readPaths(t, &Reader{}, p)
	if len(res.docs) != 2 || res.docs[0].ID != "a" || res.docs[1].ID != "b" || res.docs[1].Origin != p+":3" {
		t.Errorf("docs %q", res.origins())
	}
	want := p + ":2: line too large: more than 20 MiB (MaxDocBytes)"
	if res.errText() != want {
		t.Errorf("errors %q, want %q", res.errText(), want)
	}

	// The same file as a single text document is refused as a whole.
	p2 := filepath.Join(dir, "big.txt")
	if err := os.Rename(p, p2); err != nil {
		t.Fatal(err)
	}
	res = readPaths(t, &Reader{}, p2)
	if len(res.docs) != 0 || !errors.Is(res.errs[0], ErrTooLarge) || !strings.HasPrefix(res.errText(), p2+": ") {
		t.Errorf("text: docs %d errors %q", len(res.docs), res.errText())
	}
}

// TestTimeout guards against a reader that loops forever on bad input.
func TestTimeout(t *testing.T) {
	done := make(chan struct{})
	go func() {
		defer close(done)
		readPaths(t, &Reader{Stdin: strings.NewReader("WARC/1.1\r\nWARC-Type: response\r\nContent-Length: 99999\r\n\r\nHTTP/1.1 200 OK\r\n")}, "-")
	}()
	select {
	case <-done:
	case <-time.After(20 * time.Second):
		t.Fatal("reading a truncated WARC from stdin did not finish")
	}
}

// mkdirAll makes the directory dir and returns it.
func mkdirAll(t *testing.T, dir string) string {
	t.Helper()
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	return dir
}
