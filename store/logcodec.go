package store

import (
	"encoding/binary"
	"errors"
	"fmt"
	"math"

	"github.com/klauspost/compress/s2"

	"github.com/petrel-events/petrel/doc"
)

// The ingest log's rows (ingest_log.doc) in binary form. The first byte
// tells the encoding:
//
//   - 1: the logDoc JSON compressed as event records are (encodeRecord;
//     rows appended by earlier petrels, still read);
//   - 2: an S2 block (no dictionary) of the binary form below, written
//     since: encoding/json took 15–20% of a compaction's CPU to decode.
//
// The binary form is the fields of logDoc in order: strings as a uvarint
// length and bytes, ints as varints, floats as 8 little-endian bytes of
// their IEEE bits, bools as one byte, a slice as a uvarint count plus one
// (0 for nil) and its items, a pointer as a byte (0 nil, 1 set) and its
// value. The publication time is its String() form, read back by
// doc.ParseTime, as in the JSON. TestLogCodecFields fails when doc.Event
// gains a field this codec does not carry.
const logBinary1 = 2

// logEnc appends the binary form of values to b.
type logEnc struct{ b []byte }

func (e *logEnc) str(s string) {
	e.b = binary.AppendUvarint(e.b, uint64(len(s)))
	e.b = append(e.b, s...)
}
func (e *logEnc) int(v int) { e.b = binary.AppendVarint(e.b, int64(v)) }
func (e *logEnc) float(v float64) {
	e.b = binary.LittleEndian.AppendUint64(e.b, math.Float64bits(v))
}
func (e *logEnc) bool(v bool) {
	if v {
		e.b = append(e.b, 1)
	} else {
		e.b = append(e.b, 0)
	}
}

// count writes a slice's length plus one, 0 for nil.
func (e *logEnc) count(n int, isNil bool) {
	if isNil {
		e.b = append(e.b, 0)
		return
	}
	e.b = binary.AppendUvarint(e.b, uint64(n)+1)
}

func (e *logEnc) strs(v []string) {
	e.count(len(v), v == nil)
	for _, s := range v {
		e.str(s)
	}
}

func (e *logEnc) span(s doc.Span) { e.int(s.Start); e.int(s.End) }

func (e *logEnc) textSpan(t doc.TextSpan) { e.span(t.Span); e.str(t.Text) }

func (e *logEnc) actors(v []doc.ActorRef) {
	e.count(len(v), v == nil)
	for i := range v {
		a := &v[i]
		e.str(a.Text)
		e.int(a.Start)
		e.int(a.End)
		e.str(a.Code)
		e.str(a.Country)
		e.str(a.Sector)
		e.str(a.Name)
	}
}

func (e *logEnc) evidence(v *doc.Evidence) {
	e.int(v.Start)
	e.int(v.End)
	e.int(v.Sentence)
	e.textSpan(v.Trigger)
	e.str(v.Pattern)
	e.strs(v.Entries)
}

func (e *logEnc) event(v *doc.Event) {
	e.str(v.Schema)
	e.str(v.ID)
	e.str(v.DocID)
	e.int(v.Sentence)
	e.str(v.Date)
	e.str(v.DatePrecision)
	e.actors(v.Actors)
	e.actors(v.Recipients)
	e.str(v.CAMEO.Code)
	e.str(v.CAMEO.Root)
	e.int(v.CAMEO.QuadClass)
	e.float(v.CAMEO.Goldstein)
	e.str(v.PLOVER.Type)
	e.str(v.PLOVER.Mode)
	e.strs(v.PLOVER.Context)
	e.bool(v.Modality.Negated)
	e.bool(v.Modality.Hypothetical)
	e.bool(v.Modality.Future)
	e.bool(v.Modality.Reported)
	e.evidence(&v.Evidence)
	e.count(len(v.Mentions), v.Mentions == nil)
	for i := range v.Mentions {
		e.evidence(&v.Mentions[i])
	}
	e.bool(v.Location != nil)
	if l := v.Location; l != nil {
		e.str(l.Text)
		e.str(l.Name)
		e.str(l.Country)
		e.float(l.Lat)
		e.float(l.Lon)
	}
	e.bool(v.Quote != nil)
	if v.Quote != nil {
		e.textSpan(*v.Quote)
	}
}

// encodeLogBinary returns the binary ingest_log.doc of d (logBinary1).
func encodeLogBinary(d *doc.Doc) []byte {
	e := logEnc{b: make([]byte, 0, 256+len(d.Text)+400*len(d.Events))}
	e.str(d.ID)
	e.str(d.URL)
	e.str(d.Source)
	e.str(d.Title)
	e.str(d.Lang)
	e.str(d.Published.String())
	e.str(d.Text)
	e.bool(d.Tone != nil)
	if d.Tone != nil {
		e.float(d.Tone.Tone)
	}
	e.count(len(d.Events), d.Events == nil)
	for i := range d.Events {
		e.event(&d.Events[i])
	}
	buf := make([]byte, 1+s2.MaxEncodedLen(len(e.b)))
	buf[0] = logBinary1
	return buf[:1+len(s2.Encode(buf[1:], e.b))]
}

var errLogShort = errors.New("ingest log row: truncated")

// logDec reads the binary form, held as one string so that the decoded
// strings share its bytes (one allocation per row); the first error
// sticks.
type logDec struct {
	b   string
	err error
}

func (d *logDec) uvarint() uint64 {
	var v uint64
	for i := 0; i < len(d.b) && i < binary.MaxVarintLen64; i++ {
		c := d.b[i]
		v |= uint64(c&0x7f) << (7 * i)
		if c < 0x80 {
			d.b = d.b[i+1:]
			return v
		}
	}
	d.fail()
	return 0
}

func (d *logDec) fail() {
	if d.err == nil {
		d.err = errLogShort
	}
	d.b = ""
}

func (d *logDec) str() string {
	n := d.uvarint()
	if n > uint64(len(d.b)) {
		d.fail()
		return ""
	}
	s := d.b[:n]
	d.b = d.b[n:]
	return s
}

func (d *logDec) int() int {
	u := d.uvarint()
	v := int64(u >> 1)
	if u&1 != 0 {
		v = ^v
	}
	return int(v)
}

func (d *logDec) float() float64 {
	if len(d.b) < 8 {
		d.fail()
		return 0
	}
	var u uint64
	for i := 7; i >= 0; i-- {
		u = u<<8 | uint64(d.b[i])
	}
	d.b = d.b[8:]
	return math.Float64frombits(u)
}

func (d *logDec) bool() bool {
	if len(d.b) < 1 {
		d.fail()
		return false
	}
	v := d.b[0] != 0
	d.b = d.b[1:]
	return v
}

func (d *logDec) count() (n int, isNil bool) {
	c := d.uvarint()
	if c == 0 {
		return 0, true
	}
	if c-1 > uint64(len(d.b)) {
		d.fail()
		return 0, true
	}
	return int(c - 1), false
}

func (d *logDec) strs() []string {
	n, isNil := d.count()
	if isNil {
		return nil
	}
	v := make([]string, n)
	for i := range v {
		v[i] = d.str()
	}
	return v
}

func (d *logDec) span() doc.Span { return doc.Span{Start: d.int(), End: d.int()} }

func (d *logDec) textSpan() doc.TextSpan {
	s := d.span()
	return doc.TextSpan{Span: s, Text: d.str()}
}

func (d *logDec) actors() []doc.ActorRef {
	n, isNil := d.count()
	if isNil {
		return nil
	}
	v := make([]doc.ActorRef, n)
	for i := range v {
		a := &v[i]
		a.Text = d.str()
		a.Start = d.int()
		a.End = d.int()
		a.Code = d.str()
		a.Country = d.str()
		a.Sector = d.str()
		a.Name = d.str()
	}
	return v
}

func (d *logDec) evidence(v *doc.Evidence) {
	v.Start = d.int()
	v.End = d.int()
	v.Sentence = d.int()
	v.Trigger = d.textSpan()
	v.Pattern = d.str()
	v.Entries = d.strs()
}

func (d *logDec) event(v *doc.Event) {
	v.Schema = d.str()
	v.ID = d.str()
	v.DocID = d.str()
	v.Sentence = d.int()
	v.Date = d.str()
	v.DatePrecision = d.str()
	v.Actors = d.actors()
	v.Recipients = d.actors()
	v.CAMEO.Code = d.str()
	v.CAMEO.Root = d.str()
	v.CAMEO.QuadClass = d.int()
	v.CAMEO.Goldstein = d.float()
	v.PLOVER.Type = d.str()
	v.PLOVER.Mode = d.str()
	v.PLOVER.Context = d.strs()
	v.Modality.Negated = d.bool()
	v.Modality.Hypothetical = d.bool()
	v.Modality.Future = d.bool()
	v.Modality.Reported = d.bool()
	d.evidence(&v.Evidence)
	if n, isNil := d.count(); !isNil {
		v.Mentions = make([]doc.Evidence, n)
		for i := range v.Mentions {
			d.evidence(&v.Mentions[i])
		}
	}
	if d.bool() {
		v.Location = &doc.Location{Text: d.str(), Name: d.str(), Country: d.str(), Lat: d.float(), Lon: d.float()}
	}
	if d.bool() {
		q := d.textSpan()
		v.Quote = &q
	}
}

// decodeLogBinary is the inverse of encodeLogBinary (without the first
// byte).
func decodeLogBinary(b []byte) (*doc.Doc, error) {
	d, _, err := decodeLogRecords(b, false)
	return d, err
}

// schemaEventBin is SchemaEvent in the binary form of a string.
var schemaEventBin = func() []byte {
	e := logEnc{}
	e.str(doc.SchemaEvent)
	return e.b
}()

// decodeLogRecords is decodeLogBinary that, with recs, also returns for
// each event its stored record form (recordBin1, what encodeRecordEvent
// gives of the record prepareDoc makes of it) cut from the row's bytes:
// the row holds each event in the very form event_records stores, but for
// the schema, which the record always sets (written anew here), and nil
// actors, recipients or PLOVER context, which the record makes empty
// slices (such events, and those whose floats the JSON would refuse, get
// a nil record and are encoded by prepareDoc as before).
func decodeLogRecords(b []byte, recs bool) (*doc.Doc, [][]byte, error) {
	raw, err := s2.Decode(nil, b)
	if err != nil {
		return nil, nil, fmt.Errorf("ingest log row: %w", err)
	}
	d := &logDec{b: string(raw)}
	out := &doc.Doc{ID: d.str(), URL: d.str(), Source: d.str(), Title: d.str(), Lang: d.str()}
	pub := d.str()
	out.Text = d.str()
	if d.bool() {
		out.Tone = &doc.Tone{Tone: d.float()}
	}
	var rs [][]byte
	if n, isNil := d.count(); !isNil {
		out.Events = make([]doc.Event, n)
		if recs {
			rs = make([][]byte, n)
		}
		for i := range out.Events {
			e := &out.Events[i]
			start := len(raw) - len(d.b)
			d.event(e)
			if recs && d.err == nil && e.Actors != nil && e.Recipients != nil && e.PLOVER.Context != nil && finiteRecord(e) {
				// Past the schema: its length's varint and its bytes.
				body := raw[start+uvarintLen(len(e.Schema))+len(e.Schema) : len(raw)-len(d.b)]
				r := make([]byte, 0, 1+len(schemaEventBin)+len(body))
				r = append(append(append(r, recordBin1), schemaEventBin...), body...)
				rs[i] = r
			}
		}
	}
	if d.err != nil {
		return nil, nil, d.err
	}
	if len(d.b) != 0 {
		return nil, nil, errors.New("ingest log row: trailing bytes")
	}
	if pub != "" {
		t, err := doc.ParseTime(pub)
		if err != nil {
			return nil, nil, fmt.Errorf("ingest log row: %w", err)
		}
		out.Published = t
	}
	return out, rs, nil
}

// uvarintLen is the length of n's uvarint.
func uvarintLen(n int) int {
	l := 1
	for ; n >= 0x80; n >>= 7 {
		l++
	}
	return l
}
