#include "ui/teacher/artifactrowsview.h"

#include "exercises/framework/createrule.h"
#include "exercises/framework/evaluator.h"
#include "exercises/framework/exercisecontent.h"
#include "exercises/framework/skinregistry.h"
#include "exercises/framework/view/tokenpainter.h"
#include "ui/shell/themepalette.h"

#include <QFontInfo>
#include <QPainter>

namespace stages {

ArtifactRowsView::ArtifactRowsView(const QJsonArray &elements, const QList<QList<int>> &rows, QWidget *parent)
    : QWidget(parent)
    , m_elements(elements)
    , m_rows(rows)
{
    setObjectName(QStringLiteral("artifactRows"));
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    setMinimumSize(sizeHint());
}

ArtifactRowsView *ArtifactRowsView::fromContent(const QJsonObject &content, const ExerciseContent &exercises,
                                                QWidget *parent)
{
    const QJsonArray items = content.value(QStringLiteral("items")).toArray();
    if (items.isEmpty())
        return nullptr;
    QJsonArray elements;
    const Exercise *exercise = exercises.catalogue().find(content.value(QStringLiteral("id")).toString());
    if (exercise) {
        elements = Evaluator(exercises.engine()).prompt(*exercise).value(QStringLiteral("elements")).toArray();
    } else if (const Skin *skin = exercises.engine().skins().find(content.value(QStringLiteral("skin")).toString())) {
        // Not in this version's catalogue: the skin and the element keys the content names.
        for (const QJsonValue key : content.value(QStringLiteral("elements")).toArray()) {
            for (const SkinElement &e : skin->elements()) {
                if (e.key == key.toString())
                    elements.append(e.toJson());
            }
        }
    }
    if (elements.isEmpty())
        return nullptr;
    QList<QList<int>> rows;
    for (const QJsonValue item : items) {
        QList<int> row;
        const QJsonArray values = item.toArray();
        for (qsizetype pos = 0; pos < values.size(); ++pos) {
            const int value = values.at(pos).toInt(-1);
            row.append(exercise && exercise->structure ? exercise->structure->symbolOf(int(pos), value) : value);
        }
        rows.append(row);
    }
    return new ArtifactRowsView(elements, rows, parent);
}

QString ArtifactRowsView::elementName(const QJsonObject &content, const CreateRule &rule,
                                      const ExerciseContent *exercises)
{
    if (!rule.usesElement() || !exercises)
        return {};
    const Exercise *exercise = exercises->catalogue().find(content.value(QStringLiteral("id")).toString());
    const QJsonArray keys = content.value(QStringLiteral("elements")).toArray();
    int symbol = rule.element;
    if (exercise && exercise->structure) {
        const int length = exercise->structure->itemLength();
        symbol = exercise->structure->symbolOf(std::max(0, rule.elementPosition(length)), rule.element);
    }
    const Skin *skin = exercises->engine().skins().find(content.value(QStringLiteral("skin")).toString());
    const QString key = keys.at(symbol).toString();
    for (qsizetype i = 0; skin && i < skin->elements().size(); ++i) {
        if (skin->elements().at(i).key == key)
            return skin->elements().at(i).name;
    }
    return key;
}

QSize ArtifactRowsView::sizeHint() const
{
    qsizetype longest = 1;
    for (const QList<int> &row : m_rows)
        longest = std::max(longest, row.size());
    return { kNumberWidth + int(longest) * (kToken + kGap),
             int(std::max<qsizetype>(1, m_rows.size())) * (kToken + kGap) };
}

QFont ArtifactRowsView::rowNumberFont() const
{
    QFont numberFont = font();
    numberFont.setPixelSize(std::min(kToken / 2, QFontInfo(font()).pixelSize() * 4 / 3));
    numberFont.setBold(true);
    return numberFont;
}

void ArtifactRowsView::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QFont numberFont = rowNumberFont();
    const QColor numberColour = ThemePalette::current().colour(ThemePalette::Role::MutedText);
    for (qsizetype r = 0; r < m_rows.size(); ++r) {
        const int y = int(r) * (kToken + kGap);
        p.setFont(numberFont);
        p.setPen(numberColour);
        p.drawText(QRect(0, y, kNumberWidth - 8, kToken), Qt::AlignRight | Qt::AlignVCenter, QString::number(r + 1));
        const QList<int> &row = m_rows.at(r);
        for (qsizetype i = 0; i < row.size(); ++i) {
            const QRectF cell(kNumberWidth + i * (kToken + kGap), y, kToken, kToken);
            TokenPainter::paintCard(p, cell, QColor(0xCF, 0xD8, 0xDC));
            const QJsonObject element = m_elements.at(row.at(i)).toObject();
            if (!element.isEmpty())
                TokenPainter::paint(p, cell.adjusted(6, 6, -6, -6), element);
        }
    }
}

} // namespace stages
