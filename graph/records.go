package graph

import (
	"encoding/json"
	"errors"
	"fmt"
	"sync"

	"github.com/klauspost/compress/zstd"

	"github.com/unkg/unkg/extract"
)

// A file's record is its Facts as JSON, compressed with zstd (JSON of
// facts compresses about fivefold; the records are most of what a store
// holds besides the quads).

var (
	encOnce sync.Once
	enc     *zstd.Encoder
	dec     *zstd.Decoder
)

func codecs() {
	encOnce.Do(func() {
		var err error
		// Single-threaded and deterministic: equal facts give equal records.
		// The fastest level: encoding was 40% of Prepare at the default
		// (0.69 of 1.73 s CPU, bench-store --files 10000), and the store
		// grows by about 1 byte a quad (108 -> 109). Any level decodes.
		if enc, err = zstd.NewWriter(nil, zstd.WithEncoderConcurrency(1), zstd.WithEncoderLevel(zstd.SpeedFastest)); err != nil {
			panic(err)
		}
		if dec, err = zstd.NewReader(nil, zstd.WithDecoderConcurrency(4), zstd.WithDecoderMaxMemory(256<<20)); err != nil {
			panic(err)
		}
	})
}

// encodeRecord compresses a record's JSON.
func encodeRecord(js []byte) []byte {
	codecs()
	return enc.EncodeAll(js, make([]byte, 0, len(js)/4+64))
}

// errBadRecord is a stored record that does not decode.
var errBadRecord = errors.New("bad stored record")

// recordJSON returns the JSON of a stored record.
func recordJSON(b []byte) ([]byte, error) {
	codecs()
	js, err := dec.DecodeAll(b, nil)
	if err != nil {
		return nil, fmt.Errorf("%w: %v", errBadRecord, err)
	}
	return js, nil
}

// decodeRecord returns the Facts of a stored record.
func decodeRecord(b []byte) (*extract.Facts, error) {
	js, err := recordJSON(b)
	if err != nil {
		return nil, err
	}
	var f extract.Facts
	if err := json.Unmarshal(js, &f); err != nil {
		return nil, fmt.Errorf("%w: %v", errBadRecord, err)
	}
	return &f, nil
}
