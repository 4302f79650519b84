#include "core/training/pdfattachments.h"

#include <QHash>
#include <QSet>
#include <QStringDecoder>

#include <zlib.h>

#include <optional>
#include <utility>
#include <vector>

namespace stages {

namespace {

// The parts of PDF syntax (ISO 32000-1, section 7.3) that an attachment is reached through.
struct Value
{
    enum Kind { Null, Boolean, Number, String, Name, Array, Dictionary, Reference };
    Kind kind = Null;
    QByteArray bytes; ///< String: its bytes; Name: without the slash; Number, Boolean: as written
    double number = 0;
    int objectNumber = 0; ///< Reference
    std::vector<Value> items; ///< Array
    std::vector<std::pair<QByteArray, Value>> entries; ///< Dictionary

    const Value *get(const char *key) const
    {
        for (const auto &[name, value] : entries) {
            if (name == key)
                return &value;
        }
        return nullptr;
    }
    bool isName(const char *name) const { return kind == Name && bytes == name; }
};

struct Object
{
    Value value;
    qsizetype streamStart = -1; ///< first byte of the stream's data; -1: not a stream
    qsizetype streamEnd = -1; ///< where "endstream" begins (a fallback when /Length is wrong)
};

bool isWhite(char c)
{
    return c == ' ' || c == '\n' || c == '\r' || c == '\t' || c == '\f' || c == '\0';
}

bool isDelimiter(char c)
{
    return c == '(' || c == ')' || c == '<' || c == '>' || c == '[' || c == ']' || c == '{' || c == '}' || c == '/'
        || c == '%';
}

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

/// A recursive-descent reader of PDF values from one position of the file.
class Parser
{
public:
    Parser(const QByteArray &data, qsizetype pos)
        : m_data(data)
        , m_pos(pos)
    { }

    qsizetype pos() const { return m_pos; }

    void skipWhite()
    {
        while (m_pos < m_data.size()) {
            const char c = m_data.at(m_pos);
            if (isWhite(c)) {
                ++m_pos;
            } else if (c == '%') { // a comment runs to the end of the line
                while (m_pos < m_data.size() && m_data.at(m_pos) != '\n' && m_data.at(m_pos) != '\r')
                    ++m_pos;
            } else {
                return;
            }
        }
    }

    bool takeKeyword(const char *keyword)
    {
        skipWhite();
        const QByteArray word(keyword);
        if (!m_data.mid(m_pos, word.size()).startsWith(word))
            return false;
        const qsizetype after = m_pos + word.size();
        if (after < m_data.size() && !isWhite(m_data.at(after)) && !isDelimiter(m_data.at(after)))
            return false;
        m_pos = after;
        return true;
    }

    std::optional<Value> value(int depth = 0)
    {
        if (depth > 64) // nesting no real document needs; stops a crafted file from exhausting the stack
            return std::nullopt;
        skipWhite();
        if (m_pos >= m_data.size())
            return std::nullopt;
        const char c = m_data.at(m_pos);
        if (c == '/')
            return name();
        if (c == '(')
            return literalString();
        if (c == '<' && m_pos + 1 < m_data.size() && m_data.at(m_pos + 1) == '<')
            return dictionary(depth);
        if (c == '<')
            return hexString();
        if (c == '[')
            return array(depth);
        if (isDigit(c) || c == '-' || c == '+' || c == '.')
            return numberOrReference();
        Value v;
        if (takeKeyword("null"))
            return v;
        if (takeKeyword("true") || takeKeyword("false")) {
            v.kind = Value::Boolean;
            return v;
        }
        return std::nullopt;
    }

private:
    QByteArray regularRun()
    {
        const qsizetype start = m_pos;
        while (m_pos < m_data.size() && !isWhite(m_data.at(m_pos)) && !isDelimiter(m_data.at(m_pos)))
            ++m_pos;
        return m_data.mid(start, m_pos - start);
    }

    Value name()
    {
        ++m_pos; // the slash
        const QByteArray raw = regularRun();
        Value v;
        v.kind = Value::Name;
        for (qsizetype i = 0; i < raw.size(); ++i) { // #xx escapes
            if (raw.at(i) == '#' && i + 2 < raw.size() && hexValue(raw.at(i + 1)) >= 0
                && hexValue(raw.at(i + 2)) >= 0) {
                v.bytes.append(char(hexValue(raw.at(i + 1)) * 16 + hexValue(raw.at(i + 2))));
                i += 2;
            } else {
                v.bytes.append(raw.at(i));
            }
        }
        return v;
    }

    std::optional<Value> literalString()
    {
        ++m_pos; // (
        Value v;
        v.kind = Value::String;
        int nesting = 1;
        while (m_pos < m_data.size()) {
            const char c = m_data.at(m_pos++);
            if (c == '(') {
                ++nesting;
            } else if (c == ')') {
                if (--nesting == 0)
                    return v;
            } else if (c == '\\' && m_pos < m_data.size()) {
                const char e = m_data.at(m_pos++);
                switch (e) {
                case 'n':
                    v.bytes.append('\n');
                    continue;
                case 'r':
                    v.bytes.append('\r');
                    continue;
                case 't':
                    v.bytes.append('\t');
                    continue;
                case 'b':
                    v.bytes.append('\b');
                    continue;
                case 'f':
                    v.bytes.append('\f');
                    continue;
                case '\r': // a backslash before the end of a line continues the string
                    if (m_pos < m_data.size() && m_data.at(m_pos) == '\n')
                        ++m_pos;
                    continue;
                case '\n':
                    continue;
                default:
                    break;
                }
                if (e >= '0' && e <= '7') { // up to three octal digits
                    int code = e - '0';
                    for (int k = 0;
                         k < 2 && m_pos < m_data.size() && m_data.at(m_pos) >= '0' && m_data.at(m_pos) <= '7'; ++k)
                        code = code * 8 + (m_data.at(m_pos++) - '0');
                    v.bytes.append(char(code & 0xff));
                } else {
                    v.bytes.append(e); // \( \) \\ and any other escaped character stand for themselves
                }
                continue;
            }
            v.bytes.append(c);
        }
        return std::nullopt; // unterminated
    }

    std::optional<Value> hexString()
    {
        ++m_pos; // <
        Value v;
        v.kind = Value::String;
        int high = -1;
        while (m_pos < m_data.size()) {
            const char c = m_data.at(m_pos++);
            if (c == '>') {
                if (high >= 0)
                    v.bytes.append(char(high * 16)); // an odd digit count ends as if followed by 0
                return v;
            }
            if (isWhite(c))
                continue;
            const int digit = hexValue(c);
            if (digit < 0)
                return std::nullopt;
            if (high < 0) {
                high = digit;
            } else {
                v.bytes.append(char(high * 16 + digit));
                high = -1;
            }
        }
        return std::nullopt;
    }

    std::optional<Value> array(int depth)
    {
        ++m_pos; // [
        Value v;
        v.kind = Value::Array;
        for (;;) {
            skipWhite();
            if (m_pos >= m_data.size())
                return std::nullopt;
            if (m_data.at(m_pos) == ']') {
                ++m_pos;
                return v;
            }
            std::optional<Value> item = value(depth + 1);
            if (!item)
                return std::nullopt;
            v.items.push_back(std::move(*item));
        }
    }

    std::optional<Value> dictionary(int depth)
    {
        m_pos += 2; // <<
        Value v;
        v.kind = Value::Dictionary;
        for (;;) {
            skipWhite();
            if (m_pos + 1 < m_data.size() && m_data.at(m_pos) == '>' && m_data.at(m_pos + 1) == '>') {
                m_pos += 2;
                return v;
            }
            if (m_pos >= m_data.size() || m_data.at(m_pos) != '/')
                return std::nullopt;
            Value key = name();
            std::optional<Value> item = value(depth + 1);
            if (!item)
                return std::nullopt;
            v.entries.emplace_back(std::move(key.bytes), std::move(*item));
        }
    }

    std::optional<Value> numberOrReference()
    {
        Value v;
        v.kind = Value::Number;
        v.bytes = regularRun();
        bool ok = false;
        v.number = v.bytes.toDouble(&ok);
        if (!ok)
            return std::nullopt;
        // "12 0 R" is a reference: look ahead for a second integer and the R.
        bool isInteger = false;
        const int objectNumber = v.bytes.toInt(&isInteger);
        if (!isInteger || objectNumber < 0)
            return v;
        const qsizetype save = m_pos;
        skipWhite();
        const QByteArray generation = regularRun();
        bool generationOk = false;
        generation.toInt(&generationOk);
        if (generationOk && takeKeyword("R")) {
            Value ref;
            ref.kind = Value::Reference;
            ref.objectNumber = objectNumber;
            return ref;
        }
        m_pos = save;
        return v;
    }

    const QByteArray &m_data;
    qsizetype m_pos;
};

/// The start of "N G obj" ending just before @p objPos, or -1 when the text there is not that.
qsizetype objectHeaderStart(const QByteArray &data, qsizetype objPos, int *objectNumber)
{
    qsizetype i = objPos - 1;
    const auto skipWhiteBack = [&] {
        const qsizetype before = i;
        while (i >= 0 && isWhite(data.at(i)))
            --i;
        return i < before;
    };
    const auto digitsBack = [&] {
        const qsizetype end = i;
        while (i >= 0 && isDigit(data.at(i)))
            --i;
        return data.mid(i + 1, end - i);
    };
    if (!skipWhiteBack() || digitsBack().isEmpty() || !skipWhiteBack())
        return -1;
    const QByteArray number = digitsBack();
    if (number.isEmpty() || (i >= 0 && !isWhite(data.at(i)) && !isDelimiter(data.at(i))))
        return -1;
    bool ok = false;
    *objectNumber = number.toInt(&ok);
    return ok ? i + 1 : -1;
}

/// Every indirect object of the file by number, a later definition replacing an earlier one as
/// incremental updates do. Stream data is skipped, so nothing inside a stream is taken for an object.
QHash<int, Object> scanObjects(const QByteArray &data)
{
    QHash<int, Object> objects;
    qsizetype from = 0;
    for (;;) {
        const qsizetype objPos = data.indexOf("obj", from);
        if (objPos < 0)
            break;
        from = objPos + 3;
        int number = 0;
        if (objectHeaderStart(data, objPos, &number) < 0)
            continue;
        if (from < data.size() && !isWhite(data.at(from)) && !isDelimiter(data.at(from)))
            continue;
        Parser parser(data, from);
        std::optional<Value> value = parser.value();
        if (!value)
            continue;
        Object object;
        object.value = std::move(*value);
        if (parser.takeKeyword("stream")) {
            qsizetype start = parser.pos();
            if (start < data.size() && data.at(start) == '\r')
                ++start;
            if (start < data.size() && data.at(start) == '\n')
                ++start;
            object.streamStart = start;
            const qsizetype end = data.indexOf("endstream", start);
            object.streamEnd = end < 0 ? data.size() : end;
            const Value *length = object.value.get("Length");
            if (length && length->kind == Value::Number && length->number >= 0
                && start + qsizetype(length->number) <= data.size())
                from = start + qsizetype(length->number);
            else
                from = object.streamEnd;
        } else {
            from = parser.pos();
        }
        objects.insert(number, std::move(object));
    }
    return objects;
}

QString textString(const QByteArray &bytes)
{
    if (bytes.startsWith("\xfe\xff")) {
        QStringDecoder utf16(QStringDecoder::Utf16BE);
        return utf16(bytes.mid(2));
    }
    if (bytes.startsWith("\xef\xbb\xbf"))
        return QString::fromUtf8(bytes.mid(3));
    return QString::fromLatin1(bytes); // PDFDocEncoding agrees with Latin-1 for every printable ASCII name
}

enum class Inflated { Ok, Damaged, TooBig };

Inflated inflate(const QByteArray &compressed, QByteArray *out)
{
    z_stream stream {};
    if (inflateInit(&stream) != Z_OK)
        return Inflated::Damaged;
    stream.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(compressed.constData()));
    stream.avail_in = uInt(compressed.size());
    QByteArray result;
    char buffer[16384];
    int status = Z_OK;
    while (status == Z_OK) {
        stream.next_out = reinterpret_cast<Bytef *>(buffer);
        stream.avail_out = sizeof buffer;
        status = ::inflate(&stream, Z_NO_FLUSH);
        if (status != Z_OK && status != Z_STREAM_END)
            break;
        result.append(buffer, qsizetype(sizeof buffer - stream.avail_out));
        if (result.size() > PdfAttachments::kMaxAttachmentBytes) {
            inflateEnd(&stream);
            return Inflated::TooBig;
        }
        if (status == Z_OK && stream.avail_in == 0 && stream.avail_out != 0)
            break; // input ended before the end of the compressed stream
    }
    inflateEnd(&stream);
    if (status != Z_STREAM_END)
        return Inflated::Damaged;
    *out = std::move(result);
    return Inflated::Ok;
}

/// Follows references through the scanned objects.
class Document
{
public:
    explicit Document(const QByteArray &data)
        : m_data(data)
        , m_objects(scanObjects(data))
    {
        for (const Object &o : std::as_const(m_objects)) {
            if (const Value *type = o.value.get("Type"); type && type->isName("ObjStm"))
                m_hasObjectStreams = true;
        }
    }

    bool hasObjectStreams() const { return m_hasObjectStreams; }
    bool isEmpty() const { return m_objects.isEmpty(); }

    /// @p v itself, or the object it refers to (nullptr when that object is missing).
    const Value *resolve(const Value *v) const
    {
        for (int hops = 0; v && v->kind == Value::Reference; ++hops) {
            const auto it = m_objects.constFind(v->objectNumber);
            if (it == m_objects.constEnd() || hops > 32)
                return nullptr;
            v = &it->value;
        }
        return v;
    }
    const Object *object(int number) const
    {
        const auto it = m_objects.constFind(number);
        return it == m_objects.constEnd() ? nullptr : &*it;
    }

    /// The document catalog: from the last trailer's /Root, else (a cross-reference stream) from
    /// the last object naming a /Root, else the last /Catalog object.
    const Value *catalog(bool *encrypted) const
    {
        const Value *root = nullptr;
        const qsizetype trailer = m_data.lastIndexOf("trailer");
        if (trailer >= 0) {
            Parser parser(m_data, trailer + 7);
            if (std::optional<Value> dict = parser.value(); dict && dict->kind == Value::Dictionary) {
                *encrypted = dict->get("Encrypt") != nullptr;
                if (const Value *r = dict->get("Root"))
                    root = resolve(r);
            }
        }
        for (const Object &o : std::as_const(m_objects)) {
            if (const Value *type = o.value.get("Type"); type && type->isName("XRef")) {
                *encrypted = *encrypted || o.value.get("Encrypt") != nullptr;
                if (!root && o.value.get("Root"))
                    root = resolve(o.value.get("Root"));
            }
        }
        if (!root) {
            int last = -1;
            for (auto it = m_objects.constBegin(); it != m_objects.constEnd(); ++it) {
                if (const Value *type = it->value.get("Type"); type && type->isName("Catalog") && it.key() > last)
                    last = it.key();
            }
            if (last >= 0)
                root = &m_objects.constFind(last)->value;
        }
        return root && root->kind == Value::Dictionary ? root : nullptr;
    }

    /// The bytes of a stream object as stored (before any filter).
    std::optional<QByteArray> rawStream(const Object &o) const
    {
        if (o.streamStart < 0)
            return std::nullopt;
        const Value *length = resolve(o.value.get("Length"));
        if (length && length->kind == Value::Number && length->number >= 0
            && o.streamStart + qsizetype(length->number) <= m_data.size())
            return m_data.mid(o.streamStart, qsizetype(length->number));
        // No usable /Length: up to "endstream", less the end of line before it.
        qsizetype end = o.streamEnd;
        if (end > o.streamStart && m_data.at(end - 1) == '\n')
            --end;
        if (end > o.streamStart && m_data.at(end - 1) == '\r')
            --end;
        return m_data.mid(o.streamStart, end - o.streamStart);
    }

private:
    const QByteArray &m_data;
    QHash<int, Object> m_objects;
    bool m_hasObjectStreams = false;
};

/// Walks the /EmbeddedFiles name tree: (name, file specification) pairs.
void collectNames(const Document &doc, const Value *node, int depth, QSet<const Value *> &seen,
                  std::vector<std::pair<QString, const Value *>> &out)
{
    node = doc.resolve(node);
    if (!node || node->kind != Value::Dictionary || depth > 32 || seen.contains(node))
        return;
    seen.insert(node);
    if (const Value *names = doc.resolve(node->get("Names")); names && names->kind == Value::Array) {
        for (size_t i = 0; i + 1 < names->items.size(); i += 2) {
            const Value *key = doc.resolve(&names->items[i]);
            out.emplace_back(key && key->kind == Value::String ? textString(key->bytes) : QString(),
                             &names->items[i + 1]);
        }
    }
    if (const Value *kids = doc.resolve(node->get("Kids")); kids && kids->kind == Value::Array) {
        for (const Value &kid : kids->items)
            collectNames(doc, &kid, depth + 1, seen, out);
    }
}

} // namespace

bool PdfAttachments::looksLikePdf(const QByteArray &data)
{
    const qsizetype header = data.indexOf("%PDF-");
    return header >= 0 && header < 1024;
}

Result<QMap<QString, QByteArray>> PdfAttachments::read(const QByteArray &data)
{
    using R = Result<QMap<QString, QByteArray>>;
    if (!looksLikePdf(data))
        return R::failure(tr("This file is not a PDF."));
    const Document doc(data);
    bool encrypted = false;
    const Value *catalog = doc.isEmpty() ? nullptr : doc.catalog(&encrypted);
    if (encrypted)
        return R::failure(tr("This PDF is encrypted, so its attached files cannot be read."));
    if (!catalog) {
        return R::failure(doc.hasObjectStreams()
                              ? tr("This PDF stores its parts in compressed object streams, which Stages cannot read.")
                              : tr("This PDF is damaged: its catalog cannot be found."));
    }

    QMap<QString, QByteArray> files;
    const Value *names = doc.resolve(catalog->get("Names"));
    const Value *tree = names && names->kind == Value::Dictionary ? names->get("EmbeddedFiles") : nullptr;
    if (!tree)
        return files; // a PDF without attachments

    std::vector<std::pair<QString, const Value *>> entries;
    QSet<const Value *> seen;
    collectNames(doc, tree, 0, seen, entries);
    const QString damaged = tr("An attached file in this PDF is damaged.");
    for (const auto &[treeName, spec] : entries) {
        const Value *fileSpec = doc.resolve(spec);
        if (!fileSpec || fileSpec->kind != Value::Dictionary)
            return R::failure(doc.hasObjectStreams() ? tr("This PDF stores its parts in compressed object streams, "
                                                          "which Stages cannot read.")
                                                     : damaged);
        QString name = treeName;
        for (const char *key : { "UF", "F" }) {
            if (const Value *n = doc.resolve(fileSpec->get(key)); name.isEmpty() && n && n->kind == Value::String)
                name = textString(n->bytes);
        }
        const Value *ef = doc.resolve(fileSpec->get("EF"));
        if (!ef || ef->kind != Value::Dictionary)
            continue; // a reference to an outside file, nothing embedded
        const Value *streamRef = ef->get("UF") ? ef->get("UF") : ef->get("F");
        const Object *stream
            = streamRef && streamRef->kind == Value::Reference ? doc.object(streamRef->objectNumber) : nullptr;
        std::optional<QByteArray> raw = stream ? doc.rawStream(*stream) : std::nullopt;
        if (!raw)
            return R::failure(damaged);

        // Filters: none, or FlateDecode (alone or as a one-item array) without a predictor.
        const Value *filter = doc.resolve(stream->value.get("Filter"));
        if (filter && filter->kind == Value::Array && filter->items.size() == 1)
            filter = doc.resolve(&filter->items.front());
        const Value *parms = doc.resolve(stream->value.get("DecodeParms"));
        if (parms && parms->kind == Value::Array && parms->items.size() == 1)
            parms = doc.resolve(&parms->items.front());
        const Value *predictor
            = parms && parms->kind == Value::Dictionary ? doc.resolve(parms->get("Predictor")) : nullptr;
        QByteArray content;
        if (!filter || filter->kind == Value::Null) {
            content = *raw;
        } else if (filter->isName("FlateDecode") && (!predictor || predictor->number <= 1)) {
            switch (inflate(*raw, &content)) {
            case Inflated::Ok:
                break;
            case Inflated::Damaged:
                return R::failure(damaged);
            case Inflated::TooBig:
                return R::failure(tr("An attached file in this PDF is too big to read."));
            }
        } else {
            //: %1 is the attached file's name
            return R::failure(tr("The attached file %1 is compressed in a way Stages cannot read.").arg(name));
        }
        if (content.size() > kMaxAttachmentBytes)
            return R::failure(tr("An attached file in this PDF is too big to read."));
        files.insert(name, content);
    }
    return files;
}

} // namespace stages
