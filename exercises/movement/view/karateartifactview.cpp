#include "exercises/movement/view/karateartifactview.h"

#include "exercises/framework/exercisecontent.h"
#include "exercises/framework/skinregistry.h"
#include "exercises/framework/view/itemrowwidget.h"
#include "exercises/movement/view/karatefigurewidget.h"

#include <QBoxLayout>
#include <QJsonArray>
#include <QPushButton>

namespace stages::movement {

KarateArtifactView *KarateArtifactView::fromContent(const QJsonObject &content, const ExerciseContent &exercises,
                                                    QWidget *parent)
{
    QStringList moves;
    for (const QJsonValue key : content.value(QStringLiteral("moves")).toArray())
        moves.append(key.toString());
    if (moves.isEmpty())
        return nullptr;
    // Each move drawn with its own token from the skin the content names.
    QJsonArray elements;
    QList<int> symbols;
    const Skin *skin = exercises.engine().skins().find(content.value(QStringLiteral("skin")).toString());
    for (const QString &key : std::as_const(moves)) {
        int symbol = -1;
        for (qsizetype i = 0; skin && i < skin->elements().size() && symbol < 0; ++i) {
            if (skin->elements().at(i).key == key)
                symbol = int(i);
        }
        symbols.append(symbol);
    }
    if (skin) {
        for (const SkinElement &e : skin->elements())
            elements.append(e.toJson());
    }
    return new KarateArtifactView(elements, symbols, moves, parent);
}

KarateArtifactView::KarateArtifactView(const QJsonArray &elements, const QList<int> &symbols,
                                       const QStringList &moves, QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("karateArtifact"));
    auto *layout = new QHBoxLayout(this);
    m_figure = new KarateFigureWidget(this);
    m_figure->setMoves(moves);
    m_figure->setMinimumSize(220, 240);
    layout->addWidget(m_figure, 1);
    auto *side = new QVBoxLayout;
    side->addStretch();
    m_row = new ItemRowWidget(this);
    m_row->setObjectName(QStringLiteral("karateRow"));
    m_row->setElements(elements);
    m_row->setSlotSize(56);
    m_row->setSymbols(symbols);
    side->addWidget(m_row);
    //: Teacher's view of a pupil's karate combination: a figure performs it
    m_watch = new QPushButton(QStringLiteral("\u25B6 ") + tr("Watch it performed"), this);
    m_watch->setObjectName(QStringLiteral("watchButton"));
    side->addWidget(m_watch, 0, Qt::AlignLeft);
    side->addStretch();
    layout->addLayout(side, 1);
    connect(m_watch, &QPushButton::clicked, m_figure, &KarateFigureWidget::play);
    connect(m_figure, &KarateFigureWidget::currentMoveChanged, m_row, &ItemRowWidget::setHighlightedSlot);
}

} // namespace stages::movement
