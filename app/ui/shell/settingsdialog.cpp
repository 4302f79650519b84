#include "ui/shell/settingsdialog.h"

#include "ui/shell/settingspanel.h"

#include <QDialogButtonBox>

namespace stages {

SettingsDialog::SettingsDialog(const QString &databaseLocation, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("settingsDialog"));
    setWindowTitle(tr("Settings"));
    auto *layout = new QVBoxLayout(this);
    m_panel = new SettingsPanel(databaseLocation, this);
    layout->addWidget(m_panel);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &SettingsDialog::reject);
    layout->addWidget(buttons);
    resize(480, 220);
}

} // namespace stages
