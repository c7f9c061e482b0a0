package pipeline

import (
	"context"
	"errors"
	"fmt"
	"math/rand/v2"
	"strings"
	"testing"
	"time"

	"github.com/petrel-events/petrel/doc"
)

func numbered(n int) Source {
	return func(ctx context.Context, emit func(*doc.Doc) error) error {
		for i := range n {
			if err := emit(&doc.Doc{ID: fmt.Sprint(i), Text: fmt.Sprintf("doc %d", i)}); err != nil {
				return err
			}
		}
		return nil
	}
}

func TestRunKeepsInputOrder(t *testing.T) {
	jitter := Func("jitter", func(_ context.Context, d *doc.Doc) error {
		time.Sleep(time.Duration(rand.IntN(300)) * time.Microsecond)
		d.Title = "seen " + d.ID
		return nil
	})
	for _, workers := range []int{1, 2, 8} {
		t.Run(fmt.Sprint(workers), func(t *testing.T) {
			var got []string
			err := New(jitter).Run(context.Background(), workers, numbered(200), func(d *doc.Doc, err error) error {
				if err != nil {
					t.Errorf("doc %s: %v", d.ID, err)
				}
				if d.Title != "seen "+d.ID {
					t.Errorf("doc %s not processed", d.ID)
				}
				got = append(got, d.ID)
				return nil
			})
			if err != nil {
				t.Fatal(err)
			}
			if len(got) != 200 {
				t.Fatalf("got %d docs, want 200", len(got))
			}
			for i, id := range got {
				if id != fmt.Sprint(i) {
					t.Fatalf("position %d holds doc %s", i, id)
				}
			}
		})
	}
}

func TestRunReportsComponentErrorsAndPanics(t *testing.T) {
	bad := Func("bad", func(_ context.Context, d *doc.Doc) error {
		switch d.ID {
		case "3":
			return errors.New("broken")
		case "5":
			panic("boom")
		}
		return nil
	})
	tests := map[string]string{"3": "3: bad: broken", "5": "internal error in bad: boom"}
	n := 0
	err := New(bad).Run(context.Background(), 4, numbered(10), func(d *doc.Doc, err error) error {
		n++
		want, isBad := tests[d.ID]
		switch {
		case isBad && (err == nil || !strings.Contains(err.Error(), want)):
			t.Errorf("doc %s: error %v, want %q", d.ID, err, want)
		case !isBad && err != nil:
			t.Errorf("doc %s: unexpected error %v", d.ID, err)
		}
		return nil
	})
	if err != nil || n != 10 {
		t.Fatalf("Run = %v after %d docs, want nil after 10", err, n)
	}
}

func TestRunStopsOnSinkError(t *testing.T) {
	stop := errors.New("disk full")
	n := 0
	err := New().Run(context.Background(), 3, numbered(1000), func(d *doc.Doc, _ error) error {
		n++
		if n == 7 {
			return stop
		}
		return nil
	})
	if !errors.Is(err, stop) || n != 7 {
		t.Fatalf("Run = %v after %d docs, want %v after 7", err, n, stop)
	}
}

func TestRunCancelled(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	n := 0
	err := New().Run(ctx, 2, numbered(1000), func(*doc.Doc, error) error {
		n++
		if n == 5 {
			cancel()
		}
		return nil
	})
	if !errors.Is(err, context.Canceled) {
		t.Fatalf("Run = %v, want context.Canceled", err)
	}
}
