#pragma once

// Writes small classic PDFs byte by byte, for tests that need PDF files shaped in ways QPdfWriter
// never writes (another name tree, a literal name, an encrypted trailer, an incremental update).
// The objects are given as text; the builder numbers nothing itself and writes a real
// cross-reference table, so the files also open in poppler's tools.

#include <QByteArray>
#include <QList>
#include <QPair>

namespace testpdf {

struct Object
{
    int number = 0;
    QByteArray dictionary; ///< "<< ... >>" or any other value
    QByteArray stream; ///< written as "stream ... endstream" when not null
    bool hasStream = false;
};

inline Object plain(int number, QByteArray value)
{
    return Object { number, std::move(value), {}, false };
}

inline Object stream(int number, QByteArray dictionary, QByteArray data)
{
    return Object { number, std::move(dictionary), std::move(data), true };
}

/// zlib-compressed @p data, as /FlateDecode holds it (qCompress adds a 4-byte length first).
inline QByteArray flate(const QByteArray &data)
{
    return qCompress(data).mid(4);
}

/// A PDF of @p objects whose trailer is "<< /Size n /Root 1 0 R @p trailerExtra >>"; object 1 must
/// be the catalog. @p update: a second revision appended after the first, as an incremental save does.
inline QByteArray build(const QList<Object> &objects, const QByteArray &trailerExtra = {},
                        const QList<Object> &update = {})
{
    QByteArray pdf("%PDF-1.4\n%\xe2\xe3\xcf\xd3\n");
    int size = 1;
    const auto section = [&](const QList<Object> &list, qsizetype previousXref) {
        QList<QPair<int, qsizetype>> offsets;
        for (const Object &o : list) {
            offsets.append({ o.number, pdf.size() });
            size = qMax(size, o.number + 1);
            pdf += QByteArray::number(o.number) + " 0 obj\n" + o.dictionary + "\n";
            if (o.hasStream)
                pdf += "stream\n" + o.stream + "\nendstream\n";
            pdf += "endobj\n";
        }
        const qsizetype xref = pdf.size();
        pdf += "xref\n0 1\n0000000000 65535 f \n";
        for (const auto &[number, offset] : offsets)
            pdf += QByteArray::number(number) + " 1\n" + QByteArray::number(offset).rightJustified(10, '0')
                + " 00000 n \n";
        pdf += "trailer\n<< /Size " + QByteArray::number(size) + " /Root 1 0 R " + trailerExtra;
        if (previousXref >= 0)
            pdf += " /Prev " + QByteArray::number(previousXref);
        pdf += " >>\nstartxref\n" + QByteArray::number(xref) + "\n%%EOF\n";
        return xref;
    };
    const qsizetype first = section(objects, -1);
    if (!update.isEmpty())
        section(update, first);
    return pdf;
}

/// A one-page PDF with the given attachments tree: object 1 catalog, 2 pages, 3 page, 4 names.
inline QList<Object> skeleton(const QByteArray &embeddedFiles)
{
    return {
        plain(1, "<< /Type /Catalog /Pages 2 0 R /Names 4 0 R >>"),
        plain(2, "<< /Type /Pages /Kids [3 0 R] /Count 1 >>"),
        plain(3, "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] >>"),
        plain(4, "<< /EmbeddedFiles " + embeddedFiles + " >>"),
    };
}

} // namespace testpdf
