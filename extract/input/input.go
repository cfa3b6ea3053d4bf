// Package input tells the formats of input documents apart by their content
// and holds what every format's decoder yields: the text to extract from, the
// way back from it to the source, and the metadata the format carries.
// The decoders are its subpackages (pdf, html); plain text is decoded by
// package extract itself, which needs its normalizer to tell UTF-8 from
// Windows-1256.
package input

import (
	"bytes"
	"errors"
)

// Kind is the format of an input document.
type Kind int

// Formats, told apart by Sniff.
const (
	Text Kind = iota
	HTML
	PDF
)

func (k Kind) String() string {
	switch k {
	case HTML:
		return "html"
	case PDF:
		return "pdf"
	}
	return "text"
}

// Errors a decoder returns, for callers that branch on the cause.
var (
	// ErrNoText is a PDF whose pages have no text layer (a scan).
	ErrNoText = errors.New("no text layer: needs OCR")
	// ErrEncrypted is a PDF that cannot be read without a password.
	ErrEncrypted = errors.New("encrypted PDF: cannot read without its password")
	// ErrDamaged is a file of the format that its decoder cannot read.
	ErrDamaged = errors.New("damaged file")
	// ErrTooLarge is an input over a size bound.
	ErrTooLarge = errors.New("input too large")
	// ErrEngine is a decoder whose program is missing or failed to run.
	ErrEngine = errors.New("decoder unavailable")
)

// Meta is what a format says about its document outside the text: HTML's
// lang attribute and <meta> dates, a PDF's page count.
type Meta struct {
	Lang  string // ISO 639-1 code as given ("en"), "" when unknown
	Date  string // ISO date (YYYY-MM-DD), "" when unknown
	Title string
}

// Decoded is one input document made text.
type Decoded struct {
	Text []byte // UTF-8
	// Origin[i] is the source offset of Text byte i (len(Text)+1 entries);
	// nil when offsets are into Text itself (PDF: the extracted text is
	// what offsets point into, there being no byte of the file to point to).
	Origin []int32
	// Pages[i] is the offset in Text where page i+1 starts (PDF only).
	Pages []int
	Meta  Meta
}

// PageOf is the 1-based page of offset off given the start offsets of the
// pages, 0 when there are none.
func PageOf(pages []int, off int) int {
	lo, hi := 0, len(pages)
	for lo < hi { // first page starting after off
		m := (lo + hi) / 2
		if pages[m] <= off {
			lo = m + 1
		} else {
			hi = m
		}
	}
	return lo
}

// Sniff tells the format of data from its first bytes: "%PDF-" within the
// first kilobyte (as PDF readers accept) is PDF; a document whose first
// non-blank bytes open markup (<!DOCTYPE html, <html, <head, <body, or an
// XML declaration followed by <html) is HTML; anything else is text.
func Sniff(data []byte) Kind {
	head := data[:min(len(data), 1024)]
	if bytes.Contains(head, []byte("%PDF-")) {
		return PDF
	}
	h := bytes.TrimLeft(head, "\xef\xbb\xbf \t\r\n")
	if len(h) == 0 || h[0] != '<' {
		return Text
	}
	l := bytes.ToLower(h[:min(len(h), 512)])
	if bytes.HasPrefix(l, []byte("<?xml")) {
		if bytes.Contains(l, []byte("<html")) {
			return HTML
		}
		return Text
	}
	for _, p := range []string{"<!doctype html", "<html", "<head", "<body", "<!--"} {
		if bytes.HasPrefix(l, []byte(p)) {
			if p == "<!--" && !bytes.Contains(l, []byte("<html")) {
				return Text
			}
			return HTML
		}
	}
	return Text
}
