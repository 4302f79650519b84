#include "ui/teacher/pupildataactions.h"

#include "core/privacy/pupildata.h"
#include "exercises/domains/domains.h"
#include "reports/pupilreport.h"
#include "ui/shell/appcontext.h"

#include <QAction>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QJsonDocument>
#include <QMessageBox>
#include <QPushButton>
#include <QSaveFile>
#include <QStandardPaths>

namespace stages {

PupilDataActions::PupilDataActions(AppContext &context, const Session &session, QWidget *parent)
    : QObject(parent)
    , m_context(context)
    , m_session(session)
    , m_parent(parent)
{
    m_export = new QAction(tr("Export everything about this pupil…"), this);
    m_export->setObjectName(QStringLiteral("exportPupilAction"));
    m_export->setToolTip(tr("For parents who ask what is stored: one JSON file with all of it and a readable PDF."));
    m_export->setVisible(m_session.can(Capability::ViewClassProgress));
    connect(m_export, &QAction::triggered, this, &PupilDataActions::chooseFileAndExport);

    m_erase = new QAction(tr("Erase this pupil for good…"), this);
    m_erase->setObjectName(QStringLiteral("erasePupilAction"));
    m_erase->setToolTip(tr("Deletes the pupil with every answer, level, piece of work and comment."));
    m_erase->setVisible(m_session.can(Capability::ManagePupils));
    connect(m_erase, &QAction::triggered, this, &PupilDataActions::confirmAndErase);
    setPupil(std::nullopt);
}

void PupilDataActions::setPupil(const std::optional<Person> &pupil)
{
    m_pupil = pupil;
    m_export->setEnabled(pupil.has_value());
    m_erase->setEnabled(pupil.has_value());
}

QString PupilDataActions::pdfPathFor(const QString &jsonPath)
{
    const QFileInfo info(jsonPath);
    return info.dir().filePath(info.completeBaseName() + QStringLiteral(".pdf"));
}

void PupilDataActions::chooseFileAndExport()
{
    if (!m_pupil)
        return;
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    //: Suggested file name of a pupil's data export; %1 is the pupil's name
    const QString suggested = QDir(folder).filePath(tr("%1 - Stages data.json").arg(m_pupil->displayName));
    const QString path = QFileDialog::getSaveFileName(m_parent, tr("Export everything about %1").arg(m_pupil->displayName),
                                                      suggested, tr("JSON files (*.json)"));
    if (path.isEmpty())
        return;
    if (exportTo(*m_pupil, path))
        QMessageBox::information(m_parent, tr("Pupil's data exported"),
                                 tr("Saved %1 and the readable summary %2. Give both to the parents; they hold "
                                    "personal data, so do not leave copies on shared computers.")
                                     .arg(QDir::toNativeSeparators(path), QDir::toNativeSeparators(pdfPathFor(path))));
}

bool PupilDataActions::exportTo(const Person &pupil, const QString &jsonPath)
{
    const QString title = tr("Export everything about %1").arg(pupil.displayName);
    PupilData data(m_context.database(), m_context.clock());
    const auto document = data.exportPupil(m_session, pupil.id);
    if (!document) {
        QMessageBox::warning(m_parent, title, document.error());
        return false;
    }
    QSaveFile file(jsonPath);
    if (!file.open(QIODevice::WriteOnly) || file.write(QJsonDocument(document.value()).toJson()) < 0 || !file.commit()) {
        QMessageBox::warning(m_parent, title, tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(jsonPath), file.errorString()));
        return false;
    }
    if (auto s = PupilReport(document.value(), domainTitles()).writePdf(pdfPathFor(jsonPath)); !s) {
        QMessageBox::warning(m_parent, title, s.error());
        return false;
    }
    return true;
}

void PupilDataActions::confirmAndErase()
{
    if (!m_pupil)
        return;
    const Person pupil = *m_pupil;
    QMessageBox box(QMessageBox::Warning, tr("Erase %1 for good?").arg(pupil.displayName),
                    tr("Erase %1 for good?").arg(pupil.displayName), QMessageBox::NoButton, m_parent);
    box.setObjectName(QStringLiteral("eraseConfirmation"));
    box.setInformativeText(tr("Every answer, level, piece of work and comment of %1 is deleted and cannot be brought "
                              "back. Export the data first if the parents want a copy.")
                               .arg(pupil.displayName));
    QPushButton *erase = box.addButton(tr("Erase for good"), QMessageBox::DestructiveRole);
    erase->setObjectName(QStringLiteral("eraseForGoodButton"));
    QPushButton *cancel = box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(cancel);
    box.setEscapeButton(cancel);
    box.exec();
    if (box.clickedButton() != erase)
        return;
    PupilData data(m_context.database(), m_context.clock());
    if (auto s = data.erasePupil(m_session, pupil.id); !s) {
        QMessageBox::warning(m_parent, tr("Erase %1").arg(pupil.displayName), s.error());
        return;
    }
    setPupil(std::nullopt);
    emit erased();
}

} // namespace stages
