package main

import (
	"fmt"
	"strconv"
	"strings"
	"sync"

	"github.com/spf13/cobra"

	"github.com/unkg/unkg/extract"
	"github.com/unkg/unkg/extract/input"
)

// inputOpts are the flags of reading documents, the same for extract and
// ingest: the size bound and the records file.
type inputOpts struct {
	maxSize byteSize
	meta    string
}

// inputFlags declares --max-size and --meta on c.
func inputFlags(c *cobra.Command, o *inputOpts) {
	o.maxSize = extract.DefaultMaxSize
	c.Flags().Var(&o.maxSize, "max-size", "largest input read, in bytes or with KB, MB, GB (KiB... too); a larger one, standard input and devices included, is refused")
	c.Flags().StringVar(&o.meta, "meta", "", "records of the documents (CSV with a header naming file,symbol,date,language,title, or JSON Lines with those keys, as a UN Digital Library export gives; file is a path, the end of one, or a base name): they fill what a document does not print")
}

// options reads --meta and makes the extraction options of the inputs.
// bad is told each record that cannot be taken (the others are kept) and
// warn each document whose text and record disagree (the text wins). The
// error is a records file that cannot be read at all.
func (o *inputOpts) options(bad func(error), warn func(path, msg string)) (extract.Options, int, error) {
	opts := extract.Options{MaxSize: int64(o.maxSize)}
	if o.meta == "" {
		return opts, 0, nil
	}
	recs, errs := input.ReadRecords(o.meta)
	if recs == nil {
		return opts, 0, errs[0]
	}
	for _, err := range errs {
		bad(err)
	}
	var mu sync.Mutex // warn is called from the extraction goroutines
	opts.Records = recs
	opts.Warn = func(path, msg string) {
		mu.Lock()
		defer mu.Unlock()
		warn(path, msg)
	}
	return opts, len(errs), nil
}

// byteSize is a size flag: 1048576, 64KB, 256MB, 1GB (powers of 1024).
type byteSize int64

func (b *byteSize) String() string { return strconv.FormatInt(int64(*b), 10) }
func (b *byteSize) Type() string   { return "size" }
func (b *byteSize) Set(s string) error {
	t := strings.ToUpper(strings.TrimSpace(s))
	mult := int64(1)
	for _, u := range []struct {
		suffix string
		mult   int64
	}{{"KIB", 1 << 10}, {"MIB", 1 << 20}, {"GIB", 1 << 30}, {"KB", 1 << 10}, {"MB", 1 << 20}, {"GB", 1 << 30}, {"K", 1 << 10}, {"M", 1 << 20}, {"G", 1 << 30}, {"B", 1}} {
		if strings.HasSuffix(t, u.suffix) {
			t, mult = strings.TrimSpace(strings.TrimSuffix(t, u.suffix)), u.mult
			break
		}
	}
	n, err := strconv.ParseInt(t, 10, 64)
	if err != nil || n < 1 || n > (1<<62)/mult {
		return fmt.Errorf("want a size such as 256MB or 1048576")
	}
	*b = byteSize(n * mult)
	return nil
}
