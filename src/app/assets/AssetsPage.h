#pragma once

#include <QWidget>

#include <memory>

namespace Ui {
class AssetsPage;
}

namespace mamori {

class AssetListWidget;
class DatabaseSession;

// The inventory: devices and services, and information assets, with import and export.
class AssetsPage : public QWidget
{
    Q_OBJECT

public:
    explicit AssetsPage(DatabaseSession &session, QWidget *parent = nullptr);
    ~AssetsPage() override;

    AssetListWidget *currentList() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void importFile();
    void exportFile();

    std::unique_ptr<Ui::AssetsPage> m_ui;
    DatabaseSession &m_session;
    AssetListWidget *m_devices;
    AssetListWidget *m_information;
};

} // namespace mamori
