#include "ui/signin/classchoicepage.h"

#include "ui/widgets/emptystate.h"
#include "ui/widgets/pagetitle.h"
#include "ui/widgets/tilebutton.h"
#include "ui/widgets/tilegrid.h"

#include <QStackedLayout>

namespace stages {

ClassChoicePage::ClassChoicePage(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("classChoicePage"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 24);
    m_title = new PageTitle(tr("Which is your class?"), this);
    connect(m_title, &PageTitle::backClicked, this, &ClassChoicePage::backClicked);
    layout->addWidget(m_title);
    m_stack = new QStackedLayout;
    m_grid = new TileGrid(this);
    //: Screen reader name of the grid of class tiles on the pupil's sign-in
    m_grid->setAccessibleName(tr("Classes"));
    m_stack->addWidget(m_grid);
    m_empty = new EmptyState(QStringLiteral("classes"), tr("No classes yet"), tr("Ask your teacher to add your class."),
                             this);
    m_stack->addWidget(m_empty);
    //: Shown to pupils when the list of classes cannot be read (a storage problem)
    m_problem = new EmptyState(QStringLiteral("classes"), tr("The classes cannot be shown now"),
                               tr("Ask your teacher for help."), this);
    m_problem->setObjectName(QStringLiteral("classesProblem"));
    m_stack->addWidget(m_problem);
    layout->addLayout(m_stack, 1);
}

void ClassChoicePage::showProblem()
{
    m_grid->clear();
    m_stack->setCurrentWidget(m_problem);
    setFocusProxy(nullptr);
}

QColor ClassChoicePage::colorFor(int index)
{
    static const QList<QColor> colors { QColor(QStringLiteral("#FFB74D")), QColor(QStringLiteral("#81C784")),
                                        QColor(QStringLiteral("#64B5F6")), QColor(QStringLiteral("#F06292")),
                                        QColor(QStringLiteral("#BA68C8")), QColor(QStringLiteral("#4DD0E1")),
                                        QColor(QStringLiteral("#FFF176")), QColor(QStringLiteral("#A1887F")) };
    return colors.at(index % colors.size());
}

void ClassChoicePage::setClasses(const QList<SchoolClass> &classes)
{
    m_grid->clear();
    for (int i = 0; i < classes.size(); ++i) {
        const SchoolClass schoolClass = classes.at(i);
        auto *tile = new TileButton;
        tile->setObjectName(QStringLiteral("class:%1").arg(schoolClass.name));
        tile->setText(schoolClass.name);
        tile->setColor(colorFor(i));
        tile->setTileSize(QSize(200, 150));
        connect(tile, &TileButton::clicked, this, [this, schoolClass] { emit classChosen(schoolClass); });
        m_grid->addTile(tile);
    }
    m_stack->setCurrentWidget(classes.isEmpty() ? m_empty : static_cast<QWidget *>(m_grid));
    m_grid->focusFirst();
    setFocusProxy(m_grid->tiles().value(0));
}

void ClassChoicePage::setBackVisible(bool visible)
{
    m_title->setBackVisible(visible);
}

QList<TileButton *> ClassChoicePage::tiles() const
{
    return m_grid->tiles();
}

} // namespace stages
