#include "ui/widgets/pagetitle.h"

#include "ui/widgets/artwork.h"

#include <QToolButton>

namespace stages {

PageTitle::PageTitle(const QString &text, QWidget *parent)
    : QWidget(parent)
{
    auto *row = new QHBoxLayout(this);
    row->setContentsMargins(0, 0, 0, 0);
    m_back = new QToolButton(this);
    m_back->setObjectName(QStringLiteral("backButton"));
    m_back->setText(tr("Back"));
    m_back->setIcon(Artwork::icon(QStringLiteral("back")));
    m_back->setIconSize(QSize(28, 28));
    m_back->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_back->setMinimumSize(120, 64);
    m_back->setShortcut(QKeySequence(Qt::Key_Escape));
    m_back->setCursor(Qt::PointingHandCursor);
    connect(m_back, &QToolButton::clicked, this, &PageTitle::backClicked);
    row->addWidget(m_back);
    m_label = new QLabel(text, this);
    m_label->setObjectName(QStringLiteral("pageTitle"));
    m_label->setAlignment(Qt::AlignCenter);
    row->addWidget(m_label, 1);
    // Balances the back button so the heading stays centred.
    auto *spacer = new QWidget(this);
    spacer->setFixedWidth(120);
    row->addWidget(spacer);
}

void PageTitle::setText(const QString &text)
{
    m_label->setText(text);
}

QString PageTitle::text() const
{
    return m_label->text();
}

void PageTitle::setBackVisible(bool visible)
{
    // Keep the space so the title does not jump.
    QSizePolicy keep = m_back->sizePolicy();
    keep.setRetainSizeWhenHidden(true);
    m_back->setSizePolicy(keep);
    m_back->setVisible(visible);
}

} // namespace stages
