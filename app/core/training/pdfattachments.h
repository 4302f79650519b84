#pragma once

#include "core/result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QMap>
#include <QString>

namespace stages {

/// Reads the embedded files (attachments) of a PDF without a PDF library: the document's
/// /EmbeddedFiles name tree, each file specification's /EF stream, inflated when it is
/// /FlateDecode. Made for the certificate PDFs Stages writes (QPdfWriter::addFileAttachment),
/// and reads any classic PDF with a cross-reference table the same way. Not read: encrypted
/// PDFs and objects packed in compressed object streams (PDF 1.5 /ObjStm), both said as an
/// error rather than as "no attachments".
class PdfAttachments
{
    Q_DECLARE_TR_FUNCTIONS(stages::PdfAttachments)

public:
    /// Whether @p data starts like a PDF ("%PDF-" within its first kilobyte).
    static bool looksLikePdf(const QByteArray &data);

    /// Every embedded file of the PDF in @p data, by its name in the name tree. Fails with a
    /// readable message when @p data is not a PDF or the PDF cannot be read; an empty map when
    /// the PDF has no attachments.
    static Result<QMap<QString, QByteArray>> read(const QByteArray &data);

    /// The largest attachment inflated (a guard against a compressed bomb): 16 MiB.
    static constexpr qsizetype kMaxAttachmentBytes = 16 * 1024 * 1024;
};

} // namespace stages
