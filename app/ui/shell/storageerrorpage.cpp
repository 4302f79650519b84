#include "ui/shell/storageerrorpage.h"

#include "ui/widgets/artwork.h"

#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace stages {

StorageErrorPage::StorageErrorPage(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("storageErrorPage"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(48, 32, 48, 32);
    layout->addStretch(1);
    auto *icon = new QLabel(this);
    icon->setPixmap(Artwork::render(Artwork::iconPath(QStringLiteral("settings")), 96, devicePixelRatioF()));
    icon->setAlignment(Qt::AlignCenter);
    layout->addWidget(icon);
    auto *title = new QLabel(tr("Stages cannot read the school's data right now"), this);
    title->setObjectName(QStringLiteral("storageErrorTitle"));
    title->setAlignment(Qt::AlignCenter);
    title->setWordWrap(true);
    title->setStyleSheet(QStringLiteral("font-size: 28px; font-weight: bold; color: #263238;"));
    layout->addWidget(title);
    auto *advice = new QLabel(tr("Nothing was changed. Ask the school's IT administrator to check the database "
                                 "(\"stagesctl db check\"), then try again."),
                              this);
    advice->setAlignment(Qt::AlignCenter);
    advice->setWordWrap(true);
    advice->setStyleSheet(QStringLiteral("font-size: 18px; color: #455A64;"));
    layout->addWidget(advice);
    m_details = new QLabel(this);
    m_details->setObjectName(QStringLiteral("storageErrorDetails"));
    m_details->setAlignment(Qt::AlignCenter);
    m_details->setWordWrap(true);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_details->setStyleSheet(QStringLiteral("font-size: 14px; color: #546E7A;"));
    layout->addWidget(m_details);
    m_retry = new QPushButton(tr("Try again"), this);
    m_retry->setObjectName(QStringLiteral("storageRetryButton"));
    m_retry->setMinimumHeight(48);
    connect(m_retry, &QPushButton::clicked, this, &StorageErrorPage::retryRequested);
    auto *row = new QHBoxLayout;
    row->addStretch();
    row->addWidget(m_retry);
    row->addStretch();
    layout->addLayout(row);
    layout->addStretch(2);
}

void StorageErrorPage::setError(const QString &error)
{
    m_details->setText(error);
}

} // namespace stages
